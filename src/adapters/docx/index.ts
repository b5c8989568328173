export { renderReportDocx, textWidthTwips } from './render-report-docx';
