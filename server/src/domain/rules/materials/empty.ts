import type { Rule, RuleHit } from '../rule';
import { describeMaterial, materialSize } from '../lib/materials';

export const materialsEmpty: Rule = {
  id: 'materials.empty',
  severity: 'error',
  title: '材料文件为空',
  path: 'materials[k]',
  suggestion: '文件内容为空（0 字节）：请重新上传该材料。',
  check(app, ctx) {
    const hits: RuleHit[] = [];
    app.materials.forEach((material, index) => {
      if (materialSize(material, ctx) !== 0) return;
      hits.push({ path: `materials[${index}]`, message: `${describeMaterial(material, index)}为空文件（0 字节）。` });
    });
    return hits;
  },
};
