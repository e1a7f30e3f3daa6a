import { renderMarkdown } from './course-markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis and links that open apart', () => {
    expect(renderMarkdown('# Objetivos\n\n- **POA** y *PTDI*\n\nVer [guía](https://www.lapaz.bo/guia).')).toBe(
      '<h1>Objetivos</h1>\n<ul>\n<li><strong>POA</strong> y <em>PTDI</em></li>\n</ul>\n' +
        '<p>Ver <a href="https://www.lapaz.bo/guia" target="_blank" rel="noopener noreferrer">guía</a>.</p>\n',
    );
  });

  it('turns bare addresses into links', () => {
    expect(renderMarkdown('Más en https://egm.lapaz.bo')).toContain(
      '<a href="https://egm.lapaz.bo" target="_blank" rel="noopener noreferrer">https://egm.lapaz.bo</a>',
    );
  });

  it('never lets a script tag through', () => {
    const html = renderMarkdown('Hola <script>alert("x")</script>\n\n<script src="https://mal.example/x.js"></script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('never emits javascript: or data: links', () => {
    for (const source of ['[clic](javascript:alert(1))', '[clic](JAVASCRIPT:alert(1))', '[clic](  javascript:alert(1))', '<javascript:alert(1)>', '[x](data:text/html;base64,PHNjcmlwdD4=)', '[x](vbscript:msgbox)']) {
      const html = renderMarkdown(source);
      expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
    }
  });

  it('never emits event handler attributes', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)">\n\n![foto](https://x.example/a.png" onerror="alert(1))\n\n<a href="#" onclick="x()">a</a>');
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
  });

  it('renders nothing for empty text', () => {
    expect(renderMarkdown('  \n ')).toBe('');
  });
});
