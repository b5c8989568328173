import { withoutRandomPart } from '../../helpers/campaign';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readPlanFile } from '../../../src/adapters/plan-file';
import { readDocxText } from '../../../src/adapters/plan-file/docx';
import { pageText } from '../../../src/adapters/plan-file/pdf';
import { draftToCampaign, importPlan, supplyDraft } from '../../../src/core/plan-import';
import { SOFFICE, WRITER, sofficeConvert } from '../../helpers/libreoffice';
import { describeWith } from '../../helpers/requires';

const PLANS = join(__dirname, '../../fixtures/plans');
const BIN = join(__dirname, '../../../bin/danvan.js');
const PLAN = 'nam-2025-bao-cao-dinh-ky';
const DEADLINES = ['--deadline', '6-thang=10/06/2025', '--deadline', 'ca-nam=05/12/2025'];

const bytes = (file: string) => new Uint8Array(readFileSync(file));

/** The campaign a text makes, with the two deadlines the plan leaves out typed in. */
function campaignOf(text: string) {
  const draft = supplyDraft(importPlan(text), { sixMonthsDeadline: '2025-06-10', yearDeadline: '2025-12-05' }).draft;
  return draftToCampaign(draft);
}
const fromTxt = () => campaignOf(readFileSync(join(PLANS, `${PLAN}.txt`), 'utf8'));

/**
 * pdf.js runs as an ES module, which jest's CommonJS sandbox cannot import: PDFs are read by the
 * real CLI in its own process.
 */
function initFromPlan(file: string, flags: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'danvan-planfile-'));
  const name = `plan${file.slice(file.lastIndexOf('.'))}`;
  copyFileSync(file, join(dir, name));
  const run = spawnSync(process.execPath, [BIN, 'init', '--from-plan', name, '-o', 'campaign.json', ...flags], { cwd: dir, encoding: 'utf8' });
  const read = () => withoutRandomPart(JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8')) as unknown);
  return { code: run.status, out: run.stdout, err: run.stderr, read };
}

describe('readPlanFile: a Word plan', () => {
  it('should read paragraphs, Word-numbered lists and the two-cell header as a pasted text would give them', async () => {
    const reading = await readPlanFile(bytes(join(PLANS, `${PLAN}.docx`)), `${PLAN}.docx`);
    expect(reading.ok && reading.kind).toBe('docx');
    const lines = reading.ok ? reading.text.split('\n').map((l) => l.trimEnd()) : [];
    expect(lines.slice(0, 3)).toEqual([
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC MÊ\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 12/KH-LĐLĐ\tBắc Mê, ngày 20 tháng 01 năm 2025',
    ]);
    // The .docx holds these numbers as list settings (w:numPr), not as typed text.
    expect(lines).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines).toContain('II. CHỈ TIÊU');
    expect(lines).toContain('3. Vận động 95% trở lên CNVCLĐ tham gia ủng hộ các quỹ xã hội của tổ chức Công đoàn.');
    expect(lines).toContain('III. TỔ CHỨC THỰC HIỆN');
    expect(lines).toContain('1. Các Công đoàn cơ sở xây dựng kế hoạch và tổ chức thực hiện tại đơn vị.');
  });

  it('should make the same campaign as the plan pasted as text', async () => {
    const reading = await readPlanFile(bytes(join(PLANS, `${PLAN}.docx`)), 'x.docx');
    if (!reading.ok) throw new Error('not read');
    expect(campaignOf(reading.text)).toEqual(fromTxt());
  });

  it('should number lists by their level formats, restarts and styles, as Word shows them', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string, num?: [number, number], style?: string) =>
      `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      `<w:document ${W}><w:body>${[
        p('MỤC ĐÍCH', undefined, 'Muc'),
        p('Tuyên truyền', [1, 1]),
        p('Nội dung', [1, 2]),
        p('Hình thức', [1, 2]),
        p('Vận động', [1, 1]),
        p('Nội dung', [1, 2]),
        p('TỔ CHỨC', undefined, 'Muc'),
        p('Đoàn viên', [2, 0]),
        p('Không số', [0, 0]),
        p('Tiếp', [3, 0]),
        p('Bắt đầu từ 4', [4, 0]),
      ].join('')}</w:body></w:document>`,
    );
    const lvl = (ilvl: number, format: string, text: string) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
    zip.file(
      'word/numbering.xml',
      `<w:numbering ${W}><w:abstractNum w:abstractNumId="7">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '%3)')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="8">${lvl(0, 'bullet', '')}</w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>` +
        `<w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num>` +
        `<w:abstractNum w:abstractNumId="9">${lvl(0, 'decimal', '%1.')}</w:abstractNum>` +
        `<w:num w:numId="4"><w:abstractNumId w:val="9"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>`,
    );
    zip.file('word/styles.xml', `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`);
    const text = await readDocxText(await zip.generateAsync({ type: 'uint8array' }));
    expect(text.split('\n')).toEqual(['I. MỤC ĐÍCH', '1. Tuyên truyền', 'a) Nội dung', 'b) Hình thức', '2. Vận động', 'a) Nội dung', 'II. TỔ CHỨC', '- Đoàn viên', 'Không số', '1. Tiếp', '4. Bắt đầu từ 4']);
  });
});

describe('readPlanFile: what is not a plan text', () => {
  it('should send an old Word file back to be saved as .docx', async () => {
    const reading = await readPlanFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'ke-hoach.doc');
    expect(reading).toEqual({ ok: false, code: 'plan.file.oldWord', params: { file: 'ke-hoach.doc' } });
  });

  it('should word a broken .docx instead of throwing', async () => {
    const reading = await readPlanFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'hong.docx');
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.code).toBe('plan.file.unreadable');
  });

  it('should read text saved by Notepad as "Unicode" (UTF-16 with its mark)', async () => {
    const text = 'KẾ HOẠCH\nđợt II/2025';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(await readPlanFile(utf16, 'k.txt')).toEqual({ ok: true, kind: 'text', text });
  });
});

describe('pageText: a PDF page back in reading order', () => {
  const item = (str: string, x: number, y: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, y], width, height: 12 });

  it('should put glyphs drawn afterwards in a fallback font back over their gaps', () => {
    // As LibreOffice draws "LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG" when its font lacks "Ộ" and "Ỉ".
    const items = [item('LIÊN ĐOÀN LAO Đ', 58.2, 800.9, 104.2), item(' ', 162.4, 800.9, 9.9), item('NG T NH HÀ GIANG', 172.32, 800.9, 111.6), item('Ộ', 162.5, 800.9, 9.8), item('Ỉ', 199.99, 800.9, 4.7)];
    expect(pageText(items)).toBe('LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ GIANG');
  });

  it('should keep words apart by the space pdf.js gives as an item of its own, not as columns', () => {
    // LibreOffice's monospace text: "- Ban TG-NC", " ", "LĐLĐ tỉnh;", the space a whole character wide.
    const items = [item('- Ban TG-NC', 56.8, 459, 66), item(' ', 122.8, 459, 6), item('LĐLĐ tỉnh;', 128.8, 459, 60)];
    expect(pageText(items)).toBe('- Ban TG-NC LĐLĐ tỉnh;');
  });

  it('should give lines top to bottom, columns apart by a tab, and a list number with its text', () => {
    const items = [
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 320, 800, 230),
      item('LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC MÊ', 60, 800, 220),
      item('III.', 78, 700, 18),
      item('TỔ CHỨC THỰC HIỆN', 110, 700, 120),
      item('II.CHỈ TIÊU', 78, 650, 80),
      item('1.000 người tham gia', 78, 600, 120),
    ];
    expect(pageText(items).split('\n')).toEqual(['LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC MÊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'III. TỔ CHỨC THỰC HIỆN', 'II. CHỈ TIÊU', '1.000 người tham gia']);
  });
});

describe('init --from-plan with a PDF', () => {
  it('should write from a PDF with a text layer the same campaign as from the pasted text', () => {
    const pdf = initFromPlan(join(PLANS, `${PLAN}.pdf`), DEADLINES);
    expect(pdf.err).not.toContain('[Lỗi]');
    expect(pdf.code).toBe(0);
    const txt = initFromPlan(join(PLANS, `${PLAN}.txt`), DEADLINES);
    expect(pdf.read()).toEqual(txt.read());
    expect(pdf.read()).toEqual(JSON.parse(JSON.stringify(fromTxt().campaign)));
  });

  it('should say a scanned PDF has no text, and suggest copying the text from the original', () => {
    const scan = initFromPlan(join(PLANS, 'ke-hoach-ban-chup.pdf'), DEADLINES);
    expect(scan.code).toBe(2);
    expect(scan.err.trim()).toBe(
      'Tệp plan.pdf là bản PDF chụp (ảnh quét), không có lớp chữ để đọc. Mở bản gốc của kế hoạch (Word hoặc PDF có chữ), sao chép toàn bộ văn bản rồi dán vào ô kế hoạch, hoặc dùng tệp bản gốc.',
    );
  });

  it('should read a .docx through the CLI too', () => {
    const docx = initFromPlan(join(PLANS, `${PLAN}.docx`), DEADLINES);
    expect(docx.code).toBe(0);
    expect(docx.out).toContain('  Số kế hoạch: 12/KH-LĐLĐ  ← "Số: 12/KH-LĐLĐ"');
  });
});

/** The committed .docx and .pdf are LibreOffice's; made again here, they still read the same. */
describeWith([SOFFICE, WRITER], 'plan files made by LibreOffice from the plan', () => {
  it('should read the .docx and .pdf LibreOffice writes now as the pasted text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'danvan-lo-plan-'));
    copyFileSync(join(PLANS, `${PLAN}.html`), join(dir, `${PLAN}.html`));
    sofficeConvert(join(dir, `${PLAN}.html`), 'docx:MS Word 2007 XML', dir);
    sofficeConvert(join(dir, `${PLAN}.docx`), 'pdf', dir);
    const docx = await readPlanFile(bytes(join(dir, `${PLAN}.docx`)), 'x.docx');
    if (!docx.ok) throw new Error('the .docx was not read');
    expect(campaignOf(docx.text)).toEqual(fromTxt());
    expect(initFromPlan(join(dir, `${PLAN}.pdf`), DEADLINES).read()).toEqual(JSON.parse(JSON.stringify(fromTxt().campaign)));
  });
});
