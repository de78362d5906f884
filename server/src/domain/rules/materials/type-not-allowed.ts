import type { Rule, RuleHit } from '../rule';
import { describeMaterial, isAllowedImage, materialSize } from '../lib/materials';

export const materialsTypeNotAllowed: Rule = {
  id: 'materials.type_not_allowed',
  severity: 'error',
  title: '材料文件不是 JPEG 或 PNG 图片',
  path: 'materials[k]',
  suggestion: '请上传 JPEG（.jpg）或 PNG（.png）格式的图片，不要只修改文件扩展名。',
  check(app, ctx) {
    const hits: RuleHit[] = [];
    app.materials.forEach((material, index) => {
      if (materialSize(material, ctx) === 0 || isAllowedImage(material, ctx)) return;
      hits.push({
        path: `materials[${index}]`,
        message: `${describeMaterial(material, index)}不是 JPEG 或 PNG 图片。`,
      });
    });
    return hits;
  },
};
