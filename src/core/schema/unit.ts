import { z } from 'zod';
import { NonEmptyText, UnitCode } from './common';

export const Unit = z.object({
  code: UnitCode,
  name: NonEmptyText,
  /** Khối: xã - thị trấn, hành chính sự nghiệp, giáo dục, doanh nghiệp … */
  group: NonEmptyText,
  /** Số đoàn viên: denominator for member rates and proportional targets. */
  members: z.number().int().min(0).optional(),
  /** Số CNVCLĐ: the whole workforce, members or not. */
  workforce: z.number().int().min(0).optional(),
  contact: z
    .object({ name: z.string().trim().optional(), phone: z.string().trim().optional() })
    .optional(),
});

export type Unit = z.infer<typeof Unit>;
export type UnitSize = 'members' | 'workforce';
