import { z } from 'zod';
import { NonEmptyText } from './common';

/**
 * The district federation using the app, as asked the first time and remembered (Office roaming
 * settings in Excel, browser storage in file mode): every new campaign is issued in its name.
 */
export const Organisation = z.object({
  /** "Liên đoàn Lao động huyện Phong Thổ". */
  name: NonEmptyText,
  /** The body it reports to: "Liên đoàn Lao động tỉnh Lai Châu". */
  parent: z.string().trim().default(''),
  /** Place in the date line of documents: "Phong Thổ". */
  place: NonEmptyText,
  signer: z.object({
    name: NonEmptyText,
    /** "CHỦ TỊCH". */
    title: NonEmptyText,
    /** "TM. BAN THƯỜNG VỤ"; empty keeps what the campaign says. */
    onBehalf: z.string().trim().default(''),
  }),
});
export type Organisation = z.infer<typeof Organisation>;
