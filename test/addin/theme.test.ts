// The pane's colours from Office.context.officeTheme: what becomes a CSS property, and when the
// body counts as dark (WCAG relative luminance, computed here by hand for the references).
import assert from 'node:assert/strict';
import { cssColor, luminance, themeStyle } from '../../src/taskpane/theme';

describe('pane theme from officeTheme', () => {
  it('accepts Office colours with or without "#", and nothing else', () => {
    assert.equal(cssColor('#1E1E1E'), '#1e1e1e');
    assert.equal(cssColor('FFFFFF'), '#ffffff');
    for (const bad of [undefined, '', 'red', '#fff', 'url(x)', '#12345g', '#1234567']) assert.equal(cssColor(bad), null, String(bad));
  });

  it('computes relative luminance (white 1, black 0, mid grey by the WCAG formula)', () => {
    assert.equal(luminance('#ffffff'), 1);
    assert.equal(luminance('#000000'), 0);
    // 0x80 = 128: ((128/255 + 0.055) / 1.055) ** 2.4
    assert.ok(Math.abs(luminance('#808080') - 0.2158605) < 1e-6);
  });

  it('sets the four colours and the mode; a theme that says nothing changes nothing', () => {
    assert.deepEqual(themeStyle({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#393939', controlForegroundColor: 'F0F0F0' }), {
      properties: { '--office-body-bg': '#262626', '--office-body-fg': '#ffffff', '--office-control-bg': '#393939', '--office-control-fg': '#f0f0f0' },
      mode: 'dark',
    });
    assert.equal(themeStyle({ bodyBackgroundColor: '#E6E6E6' }).mode, 'light', 'the colourful and light themes');
    assert.deepEqual(themeStyle(undefined), { properties: {}, mode: null });
    assert.deepEqual(themeStyle({ bodyBackgroundColor: 'javascript:alert(1)' }), { properties: {}, mode: null });
  });
});
