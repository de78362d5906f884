/**
 * HTML templates that make the demo images look like scanned or photographed
 * documents. Each template returns a whole page of exactly the image's size;
 * generate-images.ts screenshots it. Only the WenQuanYi Micro Hei font is
 * assumed (Debian package fonts-wqy-microhei), and nothing is loaded from
 * the network.
 */
import { createRandom, seedFromKey } from './random';
import type {
  CertificateImage,
  ChangeProofImage,
  CommitmentImage,
  DemoImageSpec,
  IdCardImage,
  SitePhotoImage,
  VerificationFormImage,
} from './images';
import { DEMO_PROVIDER_NAME } from './images';

const FONT = "'WenQuanYi Micro Hei', 'WenQuanYi Micro Hei Mono', sans-serif";

/** Width in CSS pixels that each template is laid out for. */
const LAYOUT_WIDTHS: Record<DemoImageSpec['content']['template'], number> = {
  business_licence: 1000,
  institution_certificate: 1000,
  social_group_certificate: 1000,
  id_card: 1000,
  verification_form: 800,
  site_photo: 750,
  security_commitment: 800,
  change_proof: 800,
};

/** Returns the page that renders `spec`, sized `spec.width` × `spec.height`. */
export function renderTemplate(spec: DemoImageSpec): string {
  const { width, height, content } = spec;
  // Oversized images are the same layout at a higher resolution.
  const scale = width / LAYOUT_WIDTHS[content.template];
  let body: string;
  switch (content.template) {
    case 'business_licence':
    case 'institution_certificate':
    case 'social_group_certificate':
      body = certificate(content, spec.file);
      break;
    case 'id_card':
      body = idCard(content, spec.file);
      break;
    case 'verification_form':
      body = verificationForm(content, spec.file);
      break;
    case 'site_photo':
      body = sitePhoto(content);
      break;
    case 'security_commitment':
      body = commitment(content, spec.file);
      break;
    case 'change_proof':
      body = changeProof(content, spec.file);
      break;
  }
  if (spec.oversized) body += SENSOR_NOISE;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; padding: 0; }
    body { width: ${width / scale}px; height: ${height / scale}px; overflow: hidden; font-family: ${FONT};
      transform: scale(${scale}); transform-origin: 0 0; }
    * { box-sizing: border-box; }
  </style></head><body>${body}</body></html>`;
}

/**
 * Grain like a phone camera's sensor noise, laid over the images that must
 * come out large: JPEG compresses noise poorly.
 */
const SENSOR_NOISE = `<svg style="position:absolute; inset:0; opacity:0.22; mix-blend-mode:multiply" width="100%" height="100%">
  <filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" stitchTiles="stitch"/>
  <feColorMatrix type="saturate" values="0"/></filter><rect width="100%" height="100%" filter="url(#grain)"/></svg>`;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `2016-10-11` → `2016年10月11日`. */
function chineseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${year}年${month}月${day}日`;
}

/**
 * Draws a round red seal: the text along the upper arc and a five-pointed
 * star in the middle, slightly faded like ink.
 */
function seal(text: string, size: number, options: { bottom?: string; rotate?: number; opacity?: number } = {}): string {
  const r = size / 2;
  const textRadius = r * 0.74;
  // The text runs over 250° of arc; CJK glyphs are about one em wide.
  const arcLength = ((250 * Math.PI) / 180) * textRadius;
  const fontSize = Math.min(r * 0.3, (arcLength * 0.86) / Math.max(text.length, 1));
  const start = polar(r, r, textRadius, 215);
  const end = polar(r, r, textRadius, -35);
  const id = `arc${seedFromKey(text + size) % 100000}`;
  const star = starPath(r, r, r * 0.24);
  const bottom = options.bottom
    ? `<text x="${r}" y="${r * 1.52}" font-size="${r * 0.15}" text-anchor="middle" fill="#d7262b">${escapeHtml(options.bottom)}</text>`
    : '';
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" style="transform: rotate(${options.rotate ?? -8}deg); opacity: ${options.opacity ?? 0.82}; mix-blend-mode: multiply">
    <defs><path id="${id}" d="M ${start.x} ${start.y} A ${textRadius} ${textRadius} 0 1 1 ${end.x} ${end.y}"/></defs>
    <circle cx="${r}" cy="${r}" r="${r - size * 0.03}" fill="none" stroke="#d7262b" stroke-width="${size * 0.035}"/>
    <text font-family="${FONT}" font-size="${fontSize}" fill="#d7262b" font-weight="bold">
      <textPath href="#${id}" startOffset="50%" text-anchor="middle">${escapeHtml(text)}</textPath>
    </text>
    <path d="${star}" fill="#d7262b"/>
    ${bottom}
  </svg>`;
}

function polar(cx: number, cy: number, radius: number, degrees: number): { x: number; y: number } {
  const radians = (degrees * Math.PI) / 180;
  return { x: cx + radius * Math.cos(radians), y: cy - radius * Math.sin(radians) };
}

function starPath(cx: number, cy: number, radius: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.4;
    const p = polar(cx, cy, r, 90 + i * 36);
    points.push(`${p.x.toFixed(1)} ${p.y.toFixed(1)}`);
  }
  return `M ${points.join(' L ')} Z`;
}

/** Draws a QR-code look-alike: three finder squares and modules drawn from `seedText`. */
function qrLike(seedText: string, size: number): string {
  const random = createRandom(seedFromKey(seedText));
  const n = 25;
  const cell = size / n;
  const rects: string[] = [];
  const inFinder = (x: number, y: number) =>
    (x < 8 && y < 8) || (x >= n - 8 && y < 8) || (x < 8 && y >= n - 8);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!inFinder(x, y) && random.chance(0.48)) {
        rects.push(`<rect x="${x * cell}" y="${y * cell}" width="${cell}" height="${cell}"/>`);
      }
    }
  }
  const finder = (x: number, y: number) =>
    `<rect x="${x * cell}" y="${y * cell}" width="${7 * cell}" height="${7 * cell}"/>` +
    `<rect x="${(x + 1) * cell}" y="${(y + 1) * cell}" width="${5 * cell}" height="${5 * cell}" fill="#fbf8ef"/>` +
    `<rect x="${(x + 2) * cell}" y="${(y + 2) * cell}" width="${3 * cell}" height="${3 * cell}"/>`;
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}"><g fill="#1d1d1d">${rects.join('')}${finder(0, 0)}${finder(n - 7, 0)}${finder(0, n - 7)}</g></svg>`;
}

/**
 * Places a document on a scanner bed or desk: a darker surround, a soft
 * shadow and a slight tilt, so that the document's edges are clearly visible.
 */
function onScanner(
  file: string,
  document: { width: number; height: number; html: string; background: string; radius?: number },
  surround = 'radial-gradient(ellipse at 40% 35%, #8d9096 0%, #6f7278 70%, #65686d 100%)',
): string {
  const random = createRandom(seedFromKey(`tilt:${file}`));
  const tilt = (random.next() * 1.6 - 0.8).toFixed(2);
  return `<div style="position:absolute; inset:0; background:${surround}"></div>
    <div style="position:absolute; left:50%; top:50%; width:${document.width}px; height:${document.height}px;
      margin-left:${-document.width / 2}px; margin-top:${-document.height / 2}px; transform: rotate(${tilt}deg);
      background:${document.background}; border-radius:${document.radius ?? 2}px;
      box-shadow: 0 6px 18px rgba(0,0,0,0.45); overflow:hidden">${document.html}</div>`;
}

function certificate(c: CertificateImage, file: string): string {
  const title = {
    business_licence: '营业执照',
    institution_certificate: '事业单位法人证书',
    social_group_certificate: '社会团体法人登记证书',
  }[c.template];
  const enterprise = c.template === 'business_licence';
  const rows: Array<[string, string]> =
    c.template === 'business_licence'
      ? [
          ['名　　称', c.name],
          ['类　　型', c.companyType ?? '有限责任公司'],
          ['法定代表人', c.legalPersonName],
          ['经营范围', c.scope],
        ]
      : c.template === 'institution_certificate'
        ? [
            ['名　　称', c.name],
            ['宗旨和业务范围', c.scope],
            ['法定代表人', c.legalPersonName],
            ['经费来源', '财政补助'],
          ]
        : [
            ['名　　称', c.name],
            ['业务范围', c.scope],
            ['法定代表人', c.legalPersonName],
            ['活动地域', c.address.slice(0, 3)],
          ];
  const right: Array<[string, string]> =
    c.template === 'business_licence'
      ? [
          ['注册资本', `人民币${c.capital}`],
          ['成立日期', chineseDate(c.founded)],
          ['营业期限', `${chineseDate(c.founded)} 至 长期`],
          ['住　　所', c.address],
        ]
      : c.template === 'institution_certificate'
        ? [
            ['开办资金', c.capital],
            ['举办单位', c.sponsor ?? ''],
            ['有 效 期', `自${chineseDate(c.issued)}至${Number(c.issued.slice(0, 4)) + 5}年${c.issued.slice(5, 7)}月${c.issued.slice(8, 10)}日`],
            ['住　　所', c.address],
          ]
        : [
            ['注册资金', c.capital],
            ['业务主管单位', c.sponsor ?? ''],
            ['成立登记日期', chineseDate(c.founded)],
            ['住　　所', c.address],
          ];
  const field = ([label, value]: [string, string]) =>
    `<div style="display:flex; margin-bottom:14px; font-size:17px; line-height:1.5">
      <div style="flex:0 0 ${label.length > 5 ? 128 : 98}px; color:#3c3326; font-weight:bold; text-align-last:justify; margin-right:16px">${label}</div>
      <div style="flex:1; color:#151515">${escapeHtml(value)}</div></div>`;
  const sealText = c.authority;
  const html = `
    <div style="position:absolute; inset:14px; border:6px double #b08a47"></div>
    <div style="position:absolute; inset:26px; border:1px solid #c9a96a"></div>
    <div style="position:absolute; left:60px; top:46px; font-size:15px; color:#222">
      <div>统一社会信用代码</div><div style="font-size:19px; font-weight:bold; letter-spacing:1px; margin-top:4px">${c.creditCode}</div></div>
    <div style="position:absolute; right:64px; top:40px; text-align:center">${qrLike(c.creditCode, 92)}
      <div style="font-size:10px; color:#555; margin-top:2px">${enterprise ? '扫描二维码登录<br>国家企业信用信息公示系统' : '扫描二维码<br>查询证书信息'}</div></div>
    <div style="position:absolute; left:0; right:0; top:40px; text-align:center">
      <div style="width:58px; height:58px; margin:0 auto 6px; border-radius:50%; background: radial-gradient(circle, #f4d26b 0 38%, #d7262b 40% 100%)"></div>
      <div style="font-size:${title.length > 4 ? 40 : 56}px; font-weight:bold; letter-spacing:${title.length > 4 ? 6 : 22}px; color:#1a1a1a">${title}</div>
      <div style="font-size:16px; color:#333; margin-top:2px">（副　本）</div></div>
    <div style="position:absolute; left:64px; right:64px; top:218px; display:flex; gap:36px">
      <div style="flex:1.1">${rows.map(field).join('')}</div>
      <div style="flex:1">${right.map(field).join('')}</div></div>
    <div style="position:absolute; right:86px; bottom:60px; width:230px; text-align:center; font-size:16px; color:#222">
      <div style="margin-bottom:6px">登 记 机 关</div>
      <div>${chineseDate(c.issued)}</div>
      <div style="position:absolute; left:50px; top:-66px">${seal(sealText, 150, { rotate: -6 })}</div></div>
    ${enterprise ? `<div style="position:absolute; left:64px; bottom:44px; font-size:11px; color:#555; line-height:1.6">
      国家企业信用信息公示系统网址：http://www.gsxt.gov.cn<br>市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告</div>` : ''}`;
  return onScanner(file, { width: 944, height: 646, html, background: 'linear-gradient(135deg, #fbf7ea, #f3ecd9)' });
}

function idCard(c: IdCardImage, file: string): string {
  const [year, month, day] = c.birthDate.split('-');
  const address = escapeHtml(c.address);
  const hair = ['#1b1b1b', '#2a211c', '#151515', '#33261f'][c.portrait];
  const longHair = c.sex === 'female';
  const portrait = `<svg width="230" height="280" viewBox="0 0 230 280">
      <rect width="230" height="280" fill="#eef3f6"/>
      ${longHair ? `<path d="M 58 120 Q 52 40 115 36 Q 178 40 172 120 L 178 200 L 52 200 Z" fill="${hair}"/>` : ''}
      <path d="M 20 280 Q 26 205 115 196 Q 204 205 210 280 Z" fill="${['#2f3a4a', '#3d3d3d', '#2b4057', '#4a3b35'][c.portrait]}"/>
      <rect x="96" y="160" width="38" height="44" fill="#e2b597"/>
      <ellipse cx="115" cy="118" rx="50" ry="62" fill="#edc3a4"/>
      <path d="M 63 108 Q 62 50 115 48 Q 168 50 167 108 Q 150 76 115 74 Q 80 76 63 108 Z" fill="${hair}"/>
    </svg>`;
  const label = (text: string) => `<span style="color:#2f6fa6; font-size:21px; margin-right:18px">${text}</span>`;
  const html = `
    <svg style="position:absolute; inset:0" width="856" height="540">
      <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#eaf3f4"/><stop offset="0.55" stop-color="#f6f4ea"/><stop offset="1" stop-color="#e4eef2"/></linearGradient></defs>
      <rect width="856" height="540" fill="url(#bg)"/>
      ${Array.from({ length: 9 }, (_, i) => `<path d="M -20 ${300 + i * 26} C 200 ${250 + i * 22}, 520 ${380 + i * 18}, 880 ${290 + i * 25}" stroke="rgba(110,160,190,0.16)" stroke-width="2" fill="none"/>`).join('')}
      <circle cx="620" cy="250" r="150" fill="none" stroke="rgba(200,170,120,0.15)" stroke-width="26"/>
    </svg>
    <div style="position:absolute; left:60px; top:52px; font-size:25px; line-height:1.25; color:#111">
      <div style="margin-bottom:26px">${label('姓　名')}<span style="font-size:27px">${escapeHtml(c.name)}</span></div>
      <div style="margin-bottom:26px">${label('性　别')}${c.sex === 'male' ? '男' : '女'}<span style="margin-left:56px">${label('民　族')}${escapeHtml(c.ethnicity)}</span></div>
      <div style="margin-bottom:26px">${label('出　生')}${year}<span style="color:#2f6fa6; font-size:21px"> 年 </span>${Number(month)}<span style="color:#2f6fa6; font-size:21px"> 月 </span>${Number(day)}<span style="color:#2f6fa6; font-size:21px"> 日</span></div>
      <div style="display:flex">${label('住　址')}<div style="width:330px; font-size:23px; line-height:1.5">${address}</div></div>
    </div>
    <div style="position:absolute; right:50px; top:54px; border-radius:4px; overflow:hidden; opacity:0.95">${portrait}</div>
    <div style="position:absolute; left:60px; bottom:46px; font-size:21px; color:#2f6fa6">公民身份号码
      <span style="margin-left:30px; font-size:33px; letter-spacing:4px; color:#111; font-family:'WenQuanYi Micro Hei Mono', monospace">${c.idNumber}</span></div>`;
  return onScanner(
    file,
    { width: 856, height: 540, html, background: '#eef3f2', radius: 30 },
    'linear-gradient(160deg, #d9dadc 0%, #c8c9cc 100%)',
  );
}

/** Text that looks written by hand with a blue ballpoint pen. */
function handwriting(text: string, size: number, tilt = -4): string {
  return `<span style="display:inline-block; font-size:${size}px; color:#1f3f9a; transform: rotate(${tilt}deg) skewX(-14deg);
    letter-spacing:2px; font-weight:bold; opacity:0.88">${escapeHtml(text)}</span>`;
}

function formTable(rows: Array<[string, string]>, labelWidth = 150): string {
  return `<table style="width:100%; border-collapse:collapse; font-size:15px; margin-bottom:14px">${rows
    .map(
      ([label, value]) =>
        `<tr><td style="width:${labelWidth}px; border:1px solid #333; padding:7px 8px; background:#f2f2f2">${label}</td>` +
        `<td style="border:1px solid #333; padding:7px 8px">${value}</td></tr>`,
    )
    .join('')}</table>`;
}

function verificationForm(c: VerificationFormImage, file: string): string {
  const websiteRows = c.websites
    .map(
      (site, i) =>
        `<tr><td style="border:1px solid #333; padding:6px; text-align:center">${i + 1}</td>` +
        `<td style="border:1px solid #333; padding:6px">${escapeHtml(site.name)}</td>` +
        `<td style="border:1px solid #333; padding:6px">${escapeHtml(site.domain)}</td></tr>`,
    )
    .join('');
  const html = `<div style="padding:56px 60px 40px; color:#111">
    <div style="text-align:center; font-size:27px; font-weight:bold; letter-spacing:3px">网站备案信息真实性核验单</div>
    <div style="text-align:right; font-size:13px; color:#444; margin:10px 0 14px">接入服务单位：${DEMO_PROVIDER_NAME}</div>
    <div style="font-weight:bold; margin:6px 0">一、主办单位信息</div>
    ${formTable([
      ['主办单位名称', escapeHtml(c.entityName)],
      ['证件类型', escapeHtml(c.certificateLabel)],
      ['证件号码', escapeHtml(c.certificateNumber)],
      ['证件住所', escapeHtml(c.mailingAddress)],
      ['主体负责人', escapeHtml(c.principalName)],
    ])}
    <div style="font-weight:bold; margin:6px 0">二、网站信息</div>
    <table style="width:100%; border-collapse:collapse; font-size:15px; margin-bottom:14px">
      <tr style="background:#f2f2f2"><td style="border:1px solid #333; padding:6px; width:50px; text-align:center">序号</td>
      <td style="border:1px solid #333; padding:6px">网站名称</td><td style="border:1px solid #333; padding:6px">网站域名</td></tr>${websiteRows}</table>
    <div style="font-weight:bold; margin:6px 0">三、网站负责人信息</div>
    ${formTable([
      ['姓名', escapeHtml(c.websitePrincipalName)],
      ['证件号码', escapeHtml(c.websitePrincipalIdNumber)],
      ['手机号码', escapeHtml(c.websitePrincipalMobile)],
    ])}
    <div style="font-size:14px; line-height:1.8; text-indent:2em; margin-top:8px">本人（单位）已如实填写上述备案信息，并当面接受接入服务单位的核验，承诺所提交信息及材料真实、准确、完整。如有虚假，愿承担由此产生的一切法律责任。</div>
    <div style="display:flex; justify-content:space-between; margin-top:40px; font-size:15px; position:relative">
      <div>网站负责人签字：${handwriting(c.websitePrincipalName, 30)}</div>
      <div>${c.sealed ? '主办单位（盖章）' : '主办人（签字）'}：${c.sealed ? '' : handwriting(c.websitePrincipalName, 30, 3)}</div>
      ${c.sealed ? `<div style="position:absolute; right:10px; top:-60px">${seal(c.entityName, 150, { rotate: 9 })}</div>` : ''}
    </div>
    <div style="margin-top:46px; border-top:1px dashed #777; padding-top:14px; font-size:14px; color:#333">
      以下由接入服务单位填写：核验人员 ${handwriting('核验通过', 20, -2)}
      <div style="position:absolute; right:96px; bottom:40px">${seal(`${DEMO_PROVIDER_NAME}备案核验专用章`, 120, { rotate: -12, opacity: 0.75 })}</div></div>
  </div>`;
  return onScanner(file, { width: 760, height: 1060, html, background: '#fdfdfb' });
}

function sitePhoto(c: SitePhotoImage): string {
  const variant = c.variant;
  const curtain = variant % 2 === 0 ? ['#2c5d9c', '#3a6db0', '#24508a'] : ['#7c8692', '#8e98a3', '#6c7681'];
  const jacket = ['#1f2a38', '#3b3b3b', '#2a3f57', '#50443d', '#222', '#36454f'][variant];
  const skin = ['#edc3a4', '#e6b996', '#f0caa9', '#dcae8c', '#eec7a8', '#e3b593'][variant];
  const hair = ['#161616', '#231a15', '#101010', '#2d211a', '#1a1a1a', '#2a1f18'][variant];
  const longHair = variant === 1 || variant === 4;
  const shift = [-30, 10, 30, -10, 0, 20][variant];
  const folds = Array.from({ length: 14 }, (_, i) => `${curtain[i % 3]} ${i * 7.2}%, ${curtain[(i + 1) % 3]} ${(i + 1) * 7.2}%`).join(', ');
  const logo = `<div style="position:absolute; left:0; right:0; top:58px; text-align:center; color:rgba(255,255,255,0.92)">
      <div style="font-size:44px; font-weight:bold; letter-spacing:8px">${DEMO_PROVIDER_NAME}</div>
      <div style="font-size:20px; letter-spacing:4px; margin-top:6px">网站备案核验专用幕布</div></div>
    <div style="position:absolute; left:36px; bottom:210px; color:rgba(255,255,255,0.55); font-size:18px; writing-mode:vertical-rl; letter-spacing:6px">${DEMO_PROVIDER_NAME} ICP备案</div>
    <div style="position:absolute; right:36px; bottom:210px; color:rgba(255,255,255,0.55); font-size:18px; writing-mode:vertical-rl; letter-spacing:6px">${DEMO_PROVIDER_NAME} ICP备案</div>`;
  const person = `<svg style="position:absolute; left:${115 + shift}px; bottom:0" width="400" height="600" viewBox="0 0 400 600">
      ${longHair ? `<path d="M 120 210 Q 108 80 200 76 Q 292 80 280 210 L 290 330 L 110 330 Z" fill="${hair}"/>` : ''}
      <path d="M 10 600 Q 20 400 200 372 Q 380 400 390 600 Z" fill="${jacket}"/>
      <path d="M 168 372 L 200 430 L 232 372 Z" fill="#f3f3f3"/>
      <rect x="170" y="300" width="60" height="80" fill="${skin}" opacity="0.92"/>
      <ellipse cx="200" cy="228" rx="82" ry="100" fill="${skin}"/>
      <path d="M 116 210 Q 112 110 200 106 Q 288 110 284 210 Q 262 160 200 156 Q 138 160 116 210 Z" fill="${hair}"/>
      <ellipse cx="170" cy="232" rx="8" ry="5" fill="#3a2a22"/><ellipse cx="230" cy="232" rx="8" ry="5" fill="#3a2a22"/>
      <path d="M 180 286 Q 200 296 220 286" stroke="#a86a5a" stroke-width="4" fill="none"/>
    </svg>`;
  return `<div style="position:absolute; inset:0; background: linear-gradient(180deg, #e9e3d6 0%, #ddd5c4 78%, #b9ad98 78%, #a79a84 100%)"></div>
    <div style="position:absolute; left:60px; right:60px; top:40px; height:800px; background: linear-gradient(90deg, ${folds});
      box-shadow: 0 4px 16px rgba(0,0,0,0.35)">${logo}</div>
    ${person}
    <div style="position:absolute; inset:0; background: radial-gradient(ellipse at 50% 40%, transparent 55%, rgba(0,0,0,0.18) 100%)"></div>`;
}

const COMMITMENT_CLAUSES = [
  '遵守《中华人民共和国网络安全法》《互联网信息服务管理办法》《非经营性互联网信息服务备案管理办法》等法律法规，不利用网站从事危害国家安全、扰乱社会秩序等违法犯罪活动。',
  '不制作、复制、发布、传播含有法律法规禁止内容的信息，发现违法信息立即停止传输，保存有关记录，并向有关部门报告。',
  '建立健全网站信息安全管理制度和用户信息保护制度，落实安全保护技术措施，防范网络攻击、网络入侵和病毒传播。',
  '如实填写备案信息，备案信息发生变化时，在三十日内通过接入服务单位办理变更手续。',
  '在网站首页底部显著位置标明备案编号，并链接至工业和信息化部政务服务平台。',
  '网站不涉及新闻、出版、教育、医疗保健、药品和医疗器械、文化、广播电影电视节目等需前置审批的内容；如需开展，取得相关主管部门批准后方可提供服务。',
  '配合接入服务单位及有关部门开展的网站核查、信息安全检查和违法信息处置工作。',
  '如违反上述承诺，自愿承担由此产生的一切法律责任，接入服务单位有权停止接入服务。',
];

function commitment(c: CommitmentImage, file: string): string {
  const html = `<div style="padding:64px 66px; color:#111">
    <div style="text-align:center; font-size:30px; font-weight:bold; letter-spacing:6px; margin-bottom:30px">信息安全管理承诺书</div>
    <div style="font-size:16px; line-height:1.9; text-indent:2em">本${c.sealed ? '单位' : '人'}<u>&nbsp;${escapeHtml(c.entityName)}&nbsp;</u>通过${DEMO_PROVIDER_NAME}接入互联网并开办网站，郑重承诺如下：</div>
    <ol style="font-size:15.5px; line-height:1.85; padding-left:2em; margin:12px 0 0">${COMMITMENT_CLAUSES.map((clause) => `<li style="margin-bottom:6px">${clause}</li>`).join('')}</ol>
    <div style="margin-top:46px; font-size:16px; line-height:2.6; padding-left:250px; position:relative">
      <div>${c.sealed ? '承诺单位（盖章）' : '承诺人（签字）'}：${c.sealed ? escapeHtml(c.entityName) : handwriting(c.entityName, 28)}</div>
      <div>网站负责人（签字）：${handwriting(c.websitePrincipalName, 28, -3)}</div>
      ${c.sealed ? `<div style="position:absolute; left:330px; top:-54px">${seal(c.entityName, 160, { rotate: -10 })}</div>` : ''}
    </div></div>`;
  return onScanner(file, { width: 760, height: 1060, html, background: '#fefefc' });
}

function changeProof(c: ChangeProofImage, file: string): string {
  const html = `<div style="padding:70px 70px; color:#111">
    <div style="text-align:center; font-size:22px; letter-spacing:2px; margin-bottom:8px">${escapeHtml(c.authority)}</div>
    <div style="text-align:center; font-size:32px; font-weight:bold; letter-spacing:6px">准予变更登记通知书</div>
    <div style="text-align:center; font-size:15px; margin:14px 0 36px; color:#333">${escapeHtml(c.documentNumber)}</div>
    <div style="font-size:17px; line-height:2"><u>${escapeHtml(c.name)}</u>：</div>
    <div style="font-size:17px; line-height:2; text-indent:2em">经审查，你单位提交的变更登记申请，申请材料齐全，符合法定形式，我局决定准予变更登记。统一社会信用代码：${escapeHtml(c.creditCode)}。</div>
    <table style="width:100%; border-collapse:collapse; margin:26px 0; font-size:16px">
      <tr style="background:#f2f2f2"><td style="border:1px solid #333; padding:9px; width:110px">变更事项</td><td style="border:1px solid #333; padding:9px">变更前内容</td><td style="border:1px solid #333; padding:9px">变更后内容</td></tr>
      <tr><td style="border:1px solid #333; padding:9px">名称</td><td style="border:1px solid #333; padding:9px">${escapeHtml(c.previousName)}</td><td style="border:1px solid #333; padding:9px">${escapeHtml(c.name)}</td></tr>
    </table>
    <div style="font-size:16px; line-height:2; text-indent:2em">请于变更登记之日起及时换领营业执照，并依法通过国家企业信用信息公示系统公示变更信息。</div>
    <div style="margin-top:90px; text-align:right; font-size:17px; line-height:2; position:relative; padding-right:20px">
      <div>${escapeHtml(c.authority)}</div><div>${chineseDate(c.issued)}</div>
      <div style="position:absolute; right:40px; top:-56px">${seal(c.authority, 170, { rotate: 7 })}</div></div>
  </div>`;
  return onScanner(file, { width: 760, height: 1060, html, background: '#fdfdfb' });
}
