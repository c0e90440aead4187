# A tiny Markdown-to-HTML renderer: headings, lists, emphasis, code, links, paragraphs.
DOC = """# Title

Some *emphasis* and **strong** text with `code` and a [link](http://example.com).

## List
- first item
- second with *style*
- third

1. one
2. two

> quoted text
> continues

    indented code block
    second line

Final paragraph
spanning two lines.
"""
def inline(text):
    out, i = "", 0
    while i < len(text):
        if text.startswith("**", i):
            j = text.index("**", i + 2)
            out += "<strong>" + inline(text[i + 2:j]) + "</strong>"
            i = j + 2
        elif text[i] == "*":
            j = text.index("*", i + 1)
            out += "<em>" + inline(text[i + 1:j]) + "</em>"
            i = j + 1
        elif text[i] == "`":
            j = text.index("`", i + 1)
            out += "<code>" + text[i + 1:j].replace("<", "&lt;") + "</code>"
            i = j + 1
        elif text[i] == "[":
            j = text.index("](", i)
            k = text.index(")", j)
            out += f'<a href="{text[j + 2:k]}">{inline(text[i + 1:j])}</a>'
            i = k + 1
        else:
            out += {"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(text[i], text[i])
            i += 1
    return out
def render(md):
    html, para, lst, code, quote = [], [], None, [], []
    def flush():
        nonlocal lst
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
        if lst:
            html.append(f"</{lst}>")
            lst = None
        if code:
            html.append("<pre><code>" + "\n".join(code) + "</code></pre>")
            code.clear()
        if quote:
            html.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            quote.clear()
    for line in md.splitlines():
        if line.startswith("    "):
            code.append(line[4:])
            continue
        if code:
            flush()
        if not line.strip():
            flush()
        elif line.startswith("#"):
            flush()
            level = len(line) - len(line.lstrip("#"))
            html.append(f"<h{level}>{inline(line[level:].strip())}</h{level}>")
        elif line.startswith("- ") or line[:1].isdigit() and line[1:3] == ". ":
            kind = "ul" if line.startswith("- ") else "ol"
            if lst != kind:
                flush()
                html.append(f"<{kind}>")
                lst = kind
            html.append("  <li>" + inline(line.split(" ", 1)[1]) + "</li>")
        elif line.startswith("> "):
            quote.append(line[2:])
        else:
            para.append(line.strip())
    flush()
    return "\n".join(html)
print(render(DOC))
print(inline("a < b & *c* > d"))
