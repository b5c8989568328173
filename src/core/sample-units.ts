import type { Unit } from './schema/unit';

/** Khối: the groups district staff sort their grassroots unions into. */
export const SAMPLE_GROUPS = {
  commune: 'Xã - thị trấn',
  publicOffice: 'Hành chính sự nghiệp',
  education: 'Giáo dục',
  health: 'Y tế',
  enterprise: 'Doanh nghiệp',
} as const;

const COMMUNE = SAMPLE_GROUPS.commune;
const PUBLIC_OFFICE = SAMPLE_GROUPS.publicOffice;
const EDUCATION = SAMPLE_GROUPS.education;
const HEALTH = SAMPLE_GROUPS.health;
const ENTERPRISE = SAMPLE_GROUPS.enterprise;

/**
 * The grassroots unions (CĐCS) of an invented district, Thanh Lâm, for demos, presets and tests.
 * Names, people and phone numbers are made up; sizes are in the range such units usually have.
 */
export const SAMPLE_UNITS: readonly Unit[] = [
  // Xã - thị trấn
  { code: 'XA01', name: 'CĐCS thị trấn Thanh Lâm', group: COMMUNE, members: 36, workforce: 38, contact: { name: 'Nguyễn Thị Thanh Hương', phone: '0919312295' } },
  { code: 'XA02', name: 'CĐCS xã Tân Hòa', group: COMMUNE, members: 27, workforce: 29, contact: { name: 'Trần Văn Lộc', phone: '0972571627' } },
  { code: 'XA03', name: 'CĐCS xã Phú Mỹ', group: COMMUNE, members: 24, workforce: 25, contact: { name: 'Lê Thị Mỹ Dung', phone: '0883835432' } },
  { code: 'XA04', name: 'CĐCS xã An Thạnh', group: COMMUNE, members: 22, workforce: 24, contact: { name: 'Phạm Minh Tuấn', phone: '0839689023' } },
  { code: 'XA05', name: 'CĐCS xã Hòa Bình', group: COMMUNE, members: 19, workforce: 21, contact: { name: 'Võ Thị Kim Liên', phone: '0367567211' } },
  { code: 'XA06', name: 'CĐCS xã Long Giang', group: COMMUNE, members: 26, workforce: 26, contact: { name: 'Huỳnh Văn Phước', phone: '0327423933' } },
  { code: 'XA07', name: 'CĐCS xã Bình Minh', group: COMMUNE, members: 17, workforce: 18, contact: { name: 'Đặng Thị Ngọc Hân', phone: '0341460021' } },
  { code: 'XA08', name: 'CĐCS xã Suối Ngọc', group: COMMUNE, members: 21, workforce: 23, contact: { name: 'Bùi Quốc Khánh', phone: '0962661407' } },
  { code: 'XA09', name: 'CĐCS xã Đông Xuân', group: COMMUNE, members: 15, workforce: 16, contact: { name: 'Ngô Thị Hồng Nhung', phone: '0862419792' } },
  { code: 'XA10', name: 'CĐCS xã Thạnh Đức', group: COMMUNE, members: 23, workforce: 24, contact: { name: 'Đỗ Văn Hiếu', phone: '0819757272' } },
  // Hành chính sự nghiệp
  { code: 'HC01', name: 'CĐCS Cơ quan Huyện ủy', group: PUBLIC_OFFICE, members: 32, workforce: 32, contact: { name: 'Hoàng Thị Thu Trang', phone: '0989770490' } },
  { code: 'HC02', name: 'CĐCS Cơ quan HĐND và UBND huyện', group: PUBLIC_OFFICE, members: 57, workforce: 58, contact: { name: 'Phan Văn Thành', phone: '0868755021' } },
  { code: 'HC03', name: 'CĐCS Phòng Giáo dục và Đào tạo', group: PUBLIC_OFFICE, members: 21, workforce: 21, contact: { name: 'Lý Thị Bích Ngọc', phone: '0346483287' } },
  { code: 'HC04', name: 'CĐCS Trung tâm Văn hóa, Thông tin và Thể thao', group: PUBLIC_OFFICE, members: 25, workforce: 27, contact: { name: 'Trương Minh Nhật', phone: '0911989400' } },
  { code: 'HC05', name: 'CĐCS Ban Quản lý dự án đầu tư xây dựng huyện', group: PUBLIC_OFFICE, members: 18, workforce: 19, contact: { name: 'Dương Văn Hùng', phone: '0948349106' } },
  { code: 'HC06', name: 'CĐCS Chi cục Thuế huyện Thanh Lâm', group: PUBLIC_OFFICE, members: 34, workforce: 34, contact: { name: 'Mai Thị Phương Thảo', phone: '0367641941' } },
  { code: 'HC07', name: 'CĐCS Kho bạc Nhà nước Thanh Lâm', group: PUBLIC_OFFICE, members: 16, workforce: 16, contact: { name: 'Cao Văn Tài', phone: '0830416518' } },
  { code: 'HC08', name: 'CĐCS Trung tâm Dịch vụ nông nghiệp huyện', group: PUBLIC_OFFICE, members: 20, workforce: 22, contact: { name: 'Tạ Thị Lan Anh', phone: '0372122437' } },
  // Giáo dục
  { code: 'GD01', name: 'CĐCS Trường THCS Thanh Lâm', group: EDUCATION, members: 56, workforce: 58, contact: { name: 'Nguyễn Văn Bình', phone: '0930992273' } },
  { code: 'GD02', name: 'CĐCS Trường THCS Tân Hòa', group: EDUCATION, members: 41, workforce: 42, contact: { name: 'Lâm Thị Tuyết Mai', phone: '0910438046' } },
  { code: 'GD03', name: 'CĐCS Trường THCS Phú Mỹ', group: EDUCATION, members: 37, workforce: 37, contact: { name: 'Trần Thị Hoài Thu', phone: '0969787543' } },
  { code: 'GD04', name: 'CĐCS Trường Tiểu học Thị trấn Thanh Lâm', group: EDUCATION, members: 47, workforce: 48, contact: { name: 'Lê Văn Dũng', phone: '0356335475' } },
  { code: 'GD05', name: 'CĐCS Trường Tiểu học An Thạnh', group: EDUCATION, members: 34, workforce: 35, contact: { name: 'Phạm Thị Thúy Hằng', phone: '0882651979' } },
  { code: 'GD06', name: 'CĐCS Trường Tiểu học Long Giang', group: EDUCATION, members: 29, workforce: 29, contact: { name: 'Nguyễn Thị Kiều Oanh', phone: '0888125570' } },
  { code: 'GD07', name: 'CĐCS Trường Mầm non Hoa Sen', group: EDUCATION, members: 42, workforce: 44, contact: { name: 'Võ Thị Thanh Tâm', phone: '0977830126' } },
  { code: 'GD08', name: 'CĐCS Trường Mầm non Bình Minh', group: EDUCATION, members: 25, workforce: 26, contact: { name: 'Huỳnh Thị Mộng Tuyền', phone: '0812117344' } },
  { code: 'GD09', name: 'CĐCS Trường Phổ thông Dân tộc nội trú THCS huyện', group: EDUCATION, members: 50, workforce: 52, contact: { name: 'Lò Văn Thắng', phone: '0327103275' } },
  { code: 'GD10', name: 'CĐCS Trường Tiểu học và THCS Suối Ngọc', group: EDUCATION, members: 31, workforce: 31, contact: { name: 'Đinh Công Hậu', phone: '0942837534' } },
  // Y tế
  { code: 'YT01', name: 'CĐCS Trung tâm Y tế huyện Thanh Lâm', group: HEALTH, members: 208, workforce: 215, contact: { name: 'Châu Thị Diễm Phúc', phone: '0850852840' } },
  { code: 'YT02', name: 'CĐCS Phòng khám đa khoa khu vực Phú Mỹ', group: HEALTH, members: 23, workforce: 24, contact: { name: 'Hà Minh Trí', phone: '0861643180' } },
  // Doanh nghiệp
  { code: 'DN01', name: 'CĐCS Công ty TNHH Giày da Phúc An', group: ENTERPRISE, members: 1650, workforce: 1800, contact: { name: 'Nguyễn Thị Hồng Vân', phone: '0321523447' } },
  { code: 'DN02', name: 'CĐCS Công ty Cổ phần Chế biến nông sản Thanh Lâm', group: ENTERPRISE, members: 388, workforce: 420, contact: { name: 'Trần Quốc Việt', phone: '0939902898' } },
  { code: 'DN03', name: 'CĐCS Công ty TNHH May mặc Đông Phương', group: ENTERPRISE, members: 902, workforce: 960, contact: { name: 'Lê Thị Ánh Tuyết', phone: '0819520221' } },
  { code: 'DN04', name: 'CĐCS Công ty TNHH MTV Cao su Suối Ngọc', group: ENTERPRISE, members: 297, workforce: 310, contact: { name: 'Phạm Văn Cường', phone: '0346296557' } },
  { code: 'DN05', name: 'CĐCS Công ty Cổ phần Gạch ngói Tân Hòa', group: ENTERPRISE, members: 72, workforce: 85, contact: { name: 'Vũ Đình Nam', phone: '0910857552' } },
  { code: 'DN06', name: 'CĐCS Công ty TNHH Điện tử Minh Quang', group: ENTERPRISE, members: 585, workforce: 640, contact: { name: 'Hồ Thị Ngọc Trinh', phone: '0374084339' } },
  { code: 'DN07', name: 'CĐCS Công ty TNHH Thức ăn chăn nuôi An Phú', group: ENTERPRISE, members: 131, workforce: 150, contact: { name: 'Nguyễn Hữu Thọ', phone: '0389450103' } },
  { code: 'DN08', name: 'CĐCS Công ty Cổ phần Cấp thoát nước Thanh Lâm', group: ENTERPRISE, members: 64, workforce: 64, contact: { name: 'Kiều Văn Sang', phone: '0988803623' } },
  { code: 'DN09', name: 'CĐCS Hợp tác xã Dịch vụ nông nghiệp Long Giang', group: ENTERPRISE, members: 30, workforce: 42, contact: { name: 'Thái Thị Cẩm Nhung', phone: '0390161974' } },
];
