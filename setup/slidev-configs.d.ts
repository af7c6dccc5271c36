// Slidev's virtual module of the deck's headmatter configuration (the part talkdeck reads).
declare module '#slidev/configs' {
  const configs: { colorSchema?: string; themeConfig?: Record<string, unknown> }
  export default configs
}
