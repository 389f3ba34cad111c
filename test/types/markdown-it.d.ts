/** markdown-it (a dependency of Web Chat) ships no types; the tests use only this much of it. */
declare module 'markdown-it' {
  export default class MarkdownIt {
    render(source: string): string;
  }
}
