/** @jest-environment jsdom */
import { TextEncoder } from 'node:util';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { consolidate, validateReturns } from '../../../src/core';
import { ConsolidateView } from '../../../src/taskpane/consolidate/ConsolidateView';
import { smallCampaign } from '../../helpers/campaign';
import { GOOD_ANSWERS, rawReturnFor } from '../../helpers/raw-return';
import { render, stubBrowserApis } from '../dom-helpers';
import type { Rendered } from '../dom-helpers';

stubBrowserApis();
// jsdom has no TextEncoder, which the fingerprint's SHA-256 uses when the returns are built.
Object.assign(globalThis, { TextEncoder });

describe('the Tổng hợp step’s chart of achievement against targets', () => {
  const campaign = smallCampaign();
  // TT01 7 of 12 (58.3 %), AS05 93.02 % of ≥ 90 % (103.4 %), TC01 4 of 20 (20 %).
  const consolidation = consolidate(campaign, validateReturns(campaign, [rawReturnFor(campaign, 'XA01', { ...GOOD_ANSWERS, TT01: 3, AS04: 30 }), rawReturnFor(campaign, 'GD02', { ...GOOD_ANSWERS, TT01: 4, AS04: 50 })]));
  let view: Rendered;
  const noop = () => undefined;
  beforeEach(async () => {
    view = await render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidateView campaign={campaign} consolidation={consolidation} lang="vi" busy={false} onDownload={noop} onDownloadDocument={noop} />
      </FluentProvider>,
    );
  });
  afterEach(() => view.unmount());

  it('should be one image to screen readers, named with every share reached', () => {
    const chart = view.container.querySelector('[role="img"]');
    expect(chart?.getAttribute('aria-label')).toBe('Tỷ lệ đạt so với chỉ tiêu: Số buổi tuyên truyền đạt 58,3%; Tỷ lệ CNVCLĐ ủng hộ quỹ đạt 103,4%; Số đoàn viên kết nạp mới đạt 20%');
    expect([...(chart?.children ?? [])].every((child) => child.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('should draw one bar per indicator with a target, as long as its share on a scale to the highest share', () => {
    const bars = [...view.container.querySelectorAll<HTMLElement>('[data-percent]')];
    // The scale ends at 103.36 %: 58.33 / 103.36 = 56.4 %, 20 / 103.36 = 19.3 %.
    expect(bars.map((b) => Math.round(parseFloat(b.style.width) * 10) / 10)).toEqual([56.4, 100, 19.3]);
    expect(view.container.querySelector('[data-testid="achievement-chart"]')?.textContent).toContain('58,3%');
  });
});
