import type { ProducingApp } from '../../core/schema/raw-return';

/**
 * The program named in docProps/app.xml's `Application`: "Microsoft Excel" (exceljs, which made
 * our forms, writes that too), "LibreOffice/7.4.7.2$Linux_X86_64 …", "WPS Office …"/"Kingsoft".
 * Anything else, or no such part, is 'other'.
 */
export function producingApp(appXml: string | undefined): ProducingApp {
  const name = /<(?:\w+:)?Application>([^<]{0,200})</.exec(appXml ?? '')?.[1] ?? '';
  if (/libreoffice|openoffice/i.test(name)) return 'libreoffice';
  if (/wps|kingsoft/i.test(name)) return 'wps';
  if (/microsoft excel/i.test(name)) return 'excel';
  return 'other';
}
