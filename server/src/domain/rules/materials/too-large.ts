import type { Rule, RuleHit } from '../rule';
import { MAX_MATERIAL_BYTES, describeMaterial, materialSize } from '../lib/materials';

export const materialsTooLarge: Rule = {
  id: 'materials.too_large',
  severity: 'error',
  title: '材料文件超过 200 KB',
  path: 'materials[k]',
  suggestion: '每个文件不能超过 200 KB（204,800 字节）：请压缩图片或降低分辨率后重新上传，并保证证件边缘和文字清晰。',
  check(app, ctx) {
    const hits: RuleHit[] = [];
    app.materials.forEach((material, index) => {
      const size = materialSize(material, ctx);
      if (size <= MAX_MATERIAL_BYTES) return;
      hits.push({
        path: `materials[${index}]`,
        message: `${describeMaterial(material, index)}大小为 ${size} 字节，超过 204,800 字节的上限。`,
      });
    });
    return hits;
  },
};
