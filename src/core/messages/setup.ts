import type { Catalogue } from './types';

/** Setting a campaign up: the organisation, sample values to replace, targets typed, unit lists loaded. */
export const setupMessages = {
  'target.input.empty': { vi: 'Chưa nhập chỉ tiêu. Nhập số không âm, ví dụ {example}.', en: 'No target yet. Type a number of zero or more, for example {example}.' },
  'target.input.notNumber': { vi: '"{raw}" không phải là số. Nhập số không âm, ví dụ {example}.', en: '"{raw}" is not a number. Type a number of zero or more, for example {example}.' },
  'target.input.notAmount': {
    vi: '"{raw}" không phải là số tiền. Nhập số tiền tính bằng {measure}, ví dụ {example}; có thể ghi "2 tỷ" hoặc "500.000đ".',
    en: '"{raw}" is not an amount. Type it in {measure}, for example {example}; "2 tỷ" or "500.000đ" are understood too.',
  },
  'target.input.negative': { vi: 'Chỉ tiêu không thể là số âm. Nhập số không âm, ví dụ {example}.', en: 'A target cannot be negative. Type a number of zero or more, for example {example}.' },
  'target.input.notWhole': {
    vi: '"{raw}" có phần lẻ, mà "{label}" là số đếm. Nhập số nguyên không âm, ví dụ {example}; tách hàng nghìn bằng dấu chấm, ví dụ 1.200.',
    en: '"{raw}" has a fraction, but "{label}" is a count. Type a whole number of zero or more, for example {example}; thousands may be grouped as 1.200.',
  },
  'target.input.ambiguous': {
    vi: '"{raw}" hiểu được theo hai cách. Dùng dấu phẩy cho phần lẻ và dấu chấm để tách hàng nghìn, ví dụ {example} hoặc 1.200.',
    en: '"{raw}" can be read two ways. Use a comma for the fraction and dots to group thousands, for example {example} or 1.200.',
  },
  'target.input.rateOver100': { vi: '{raw}% lớn hơn 100%. Nhập tỷ lệ phần trăm từ 0 đến 100, ví dụ {example}.', en: '{raw}% is more than 100%. Type a percentage from 0 to 100, for example {example}.' },
} satisfies Catalogue;
