import { readTargetText, t } from '../../src/core';
import type { TargetInput } from '../../src/core';

const count = { type: 'integer', label: { vi: 'Số buổi tuyên truyền' }, measure: 'buổi' } as const;
const units = { type: 'yesno', label: { vi: 'Có tổ chức ra quân' } } as const;
const decimal = { type: 'decimal', label: { vi: 'Số km đường' }, measure: 'km' } as const;
const money = { type: 'money', label: { vi: 'Giá trị quà tặng' }, measure: 'triệu đồng' } as const;
const rate = { type: 'rate', label: { vi: 'Tỷ lệ đoàn viên tham gia' } } as const;

const sentence = (input: TargetInput) => (input.ok ? String(input.value) : t(input.message.key, input.message.params));

describe('readTargetText', () => {
  it.each([
    ['3', count, 3],
    ['1.200', count, 1200],
    [' 12 ', units, 12],
    ['12,5', decimal, 12.5],
    ['1,5 tỷ', money, 1500],
    ['500.000đ', money, 0.5],
    ['80', rate, 80],
    ['80,5', rate, 80.5],
    ['0', count, 0],
  ])('should read %p as a value', (text, indicator, value) => {
    expect(readTargetText(text, indicator)).toEqual({ ok: true, value });
  });

  it.each([
    ['', count, 'Chưa nhập chỉ tiêu. Nhập số không âm, ví dụ 3.'],
    ['ba', count, '"ba" không phải là số. Nhập số không âm, ví dụ 3.'],
    ['-2', count, 'Chỉ tiêu không thể là số âm. Nhập số không âm, ví dụ 3.'],
    ['1,5', count, '"1,5" có phần lẻ, mà "Số buổi tuyên truyền" là số đếm. Nhập số nguyên không âm, ví dụ 3; tách hàng nghìn bằng dấu chấm, ví dụ 1.200.'],
    ['2.5', units, '"2.5" có phần lẻ, mà "Có tổ chức ra quân" là số đếm. Nhập số nguyên không âm, ví dụ 3; tách hàng nghìn bằng dấu chấm, ví dụ 1.200.'],
    ['1,000.5', decimal, '"1,000.5" hiểu được theo hai cách. Dùng dấu phẩy cho phần lẻ và dấu chấm để tách hàng nghìn, ví dụ 12,5 hoặc 1.200.'],
    ['nhiều', money, '"nhiều" không phải là số tiền. Nhập số tiền tính bằng triệu đồng, ví dụ 1,5; có thể ghi "2 tỷ" hoặc "500.000đ".'],
    ['120', rate, '120% lớn hơn 100%. Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ 80.'],
  ])('should answer %p in plain words', (text, indicator, words) => {
    const input = readTargetText(text, indicator);
    expect(input.ok).toBe(false);
    expect(sentence(input)).toBe(words);
    expect(sentence(input)).not.toMatch(/chuỗi|string/);
  });
});
