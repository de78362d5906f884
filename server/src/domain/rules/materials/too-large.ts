import type { Rule, RuleHit } from '../rule';
import { MAX_MATERIAL_BYTES, describeMaterial, materialSize } from '../lib/materials';

/** Formats a size in KB of 1024 bytes, as the console shows it, then the exact byte count: "260.3 KB（266,545 字节）". */
const describeSize = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB（${bytes.toLocaleString('en-US')} 字节）`;

const LIMIT_TEXT = `${MAX_MATERIAL_BYTES / 1024} KB（${MAX_MATERIAL_BYTES.toLocaleString('en-US')} 字节）`;

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
        message: `${describeMaterial(material, index)}大小为 ${describeSize(size)}，超过 ${LIMIT_TEXT}的上限。`,
      });
    });
    return hits;
  },
};
