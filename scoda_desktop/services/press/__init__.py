"""Press releases: the template context of a meeting, drafts rendered from templates, and
exports (text, Markdown, HTML, DOCX). Never imports Qt."""
