import { producingApp } from '../../../src/adapters/xlsx/producing-app';

describe('producingApp', () => {
  it.each([
    ['<Properties><Application>Microsoft Excel</Application></Properties>', 'excel'],
    ['<Properties><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application></Properties>', 'libreoffice'],
    ['<ep:Properties><ep:Application>WPS Office_11.2.0.11537_F1E327BC-269C-435d-A152-05C5408002CA</ep:Application></ep:Properties>', 'wps'],
    ['<Properties><Application>Gnumeric</Application></Properties>', 'other'],
    [undefined, 'other'],
  ] as const)('should read %s as %s', (xml, app) => {
    expect(producingApp(xml)).toBe(app);
  });
});
