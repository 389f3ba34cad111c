/**
 * Host configs close to how Microsoft Teams shows Adaptive Cards (Segoe UI, Teams' purple accent, its
 * light and dark surfaces), for the gallery's pictures. Written for this project from Teams' look; only
 * what changes the picture is set, the renderer's defaults do the rest.
 */

interface Palette {
  background: string;
  emphasis: string;
  /** Container backgrounds of the accent, good, warning and attention styles (tinted, as Teams shows them). */
  tints: { accent: string; good: string; warning: string; attention: string };
  text: string;
  subtle: string;
  accent: string;
  good: string;
  warning: string;
  attention: string;
}

const LIGHT: Palette = {
  background: '#FFFFFF',
  emphasis: '#F5F5F5',
  tints: { accent: '#E8EBFA', good: '#E7F2DA', warning: '#FBF6D9', attention: '#FCF4F6' },
  text: '#242424',
  subtle: '#616161',
  accent: '#5B5FC7',
  good: '#0E7A0B',
  warning: '#835C00',
  attention: '#C4314B',
};

const DARK: Palette = {
  background: '#292929',
  emphasis: '#1F1F1F',
  tints: { accent: '#2F2F4A', good: '#1B2E14', warning: '#3D3012', attention: '#3E1F25' },
  text: '#FFFFFF',
  subtle: '#ADADAD',
  accent: '#7F85F5',
  good: '#92C353',
  warning: '#F8D22A',
  attention: '#F9526B',
};

const colour = (p: Palette) => {
  const pair = (value: string) => ({ default: value, subtle: value });
  return {
    default: { default: p.text, subtle: p.subtle },
    dark: pair(p.text),
    light: pair(p.subtle),
    accent: pair(p.accent),
    good: pair(p.good),
    warning: pair(p.warning),
    attention: pair(p.attention),
  };
};

function hostConfig(p: Palette): Record<string, unknown> {
  const style = (backgroundColor: string) => ({ backgroundColor, foregroundColors: colour(p) });
  return {
    fontFamily: "'Segoe UI', system-ui, sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 12, large: 16, extraLarge: 20, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.subtle },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: style(p.background),
      emphasis: style(p.emphasis),
      accent: style(p.tints.accent),
      good: style(p.tints.good),
      attention: style(p.tints.attention),
      warning: style(p.tints.warning),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      showCard: { actionMode: 'inline' },
    },
  };
}

export const TEAMS_THEMES = {
  light: { hostConfig: hostConfig(LIGHT), background: LIGHT.background, text: LIGHT.text, accent: LIGHT.accent },
  dark: { hostConfig: hostConfig(DARK), background: DARK.background, text: DARK.text, accent: DARK.accent },
} as const;

export type TeamsTheme = keyof typeof TEAMS_THEMES;
