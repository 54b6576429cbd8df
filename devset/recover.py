#!/usr/bin/env python3
"""Rebuilds a development-set text from the stored page's excerpt.

The texts are third-party writing, so the repository keeps only each text's address, the query
that finds it in the project's stored copy of public pages (the `search` tool, corpus `pages`), and
its SHA-256. Each text was cut by hand from the excerpt that search returns: lines of navigation,
captions or the rating dropped, a leading rating ("9/10 ") or the quotation marks around a quoted
review left out, the last, truncated sentence trimmed, blank lines normalised. This script tries
those cuts and keeps the one whose SHA-256 is the recorded one, so nothing is ever guessed.

    devset/recover.py EXCERPT_FILE SHA256 OUT_FILE

EXCERPT_FILE holds the search result's `excerpt`, character for character (JSON escapes decoded,
no newline added). Exit status 0 and OUT_FILE written when a cut matches; 1 when none does, which
almost always means the excerpt was transcribed with a wrong character.
"""
import hashlib
import re
import sys

OPENING_QUOTES = '“"‘\''
CLOSING_QUOTES = '”"’\''
SENTENCE_END = re.compile(r'[.!?…]["”’)\]]*(?=\s|$)')


def ends_of(line):
    """The whole line, and the line cut after each of its sentence ends or before a closing quote."""
    ends = [len(line)]
    ends += [m.end() for m in SENTENCE_END.finditer(line)]
    ends += [i for i, c in enumerate(line) if c in CLOSING_QUOTES and i > 0]
    return sorted(set(ends))


def starts_of(line):
    """The line's start, after a leading quote, and after each of its first few words."""
    starts = [0]
    starts += [i + 1 for i, c in enumerate(line[:3]) if c in OPENING_QUOTES]
    starts += [m.end() for m in re.finditer(r'\s+', line[:40])]
    return sorted(set(starts))


def normalised(text):
    """The text as found, and with blank lines or trailing spaces normalised."""
    forms = {text}
    for pattern, repl in ((r'\n{3,}', '\n\n'), (r'\n\s*\n+', '\n\n'), (r'[ \t]+\n', '\n'), (r'\n+', '\n'),
                          (r'\n\s*', '\n\n'), (r'[ \t]+', ' ')):
        forms |= {re.sub(pattern, repl, f) for f in list(forms)}
    return forms


def candidates(excerpt, drop_blocks):
    lines = excerpt.split('\n')
    yield excerpt
    for i, first in enumerate(lines):
        for start in starts_of(first):
            for j in range(i, len(lines)):
                for end in ends_of(lines[j]):
                    if i == j:
                        if end > start:
                            yield first[start:end]
                        continue
                    body = [first[start:]] + lines[i + 1:j] + [lines[j][:end]]
                    yield '\n'.join(body)
                    if start == 0:
                        yield from without_blocks(body, drop_blocks)


def without_blocks(body, count):
    """The body with one, or two, runs of inner lines dropped (captions, a rating line)."""
    if count == 0:
        return
    for a in range(1, len(body) - 1):
        for b in range(a + 1, len(body)):
            cut = body[:a] + body[b:]
            yield '\n'.join(cut)
            if count > 1:
                for c in range(a + 1, len(cut) - 1):
                    for d in range(c + 1, len(cut)):
                        yield '\n'.join(cut[:c] + cut[d:])


def recover(excerpt, sha256):
    excerpt = excerpt.replace('\r\n', '\n')
    for drop_blocks in (1, 2):
        for candidate in candidates(excerpt, drop_blocks):
            for form in normalised(candidate):
                for text in {form, form.strip(), form.rstrip('\n')}:
                    for ending in ('', '\n'):
                        if hashlib.sha256((text + ending).encode('utf-8')).hexdigest() == sha256:
                            return text + ending
    return None


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    excerpt_file, sha256, out_file = sys.argv[1:]
    text = recover(open(excerpt_file, encoding='utf-8', newline='').read(), sha256.strip().lower())
    if text is None:
        print(f'{excerpt_file}: no cut of this excerpt has SHA-256 {sha256}; check the transcription',
              file=sys.stderr)
        sys.exit(1)
    with open(out_file, 'w', encoding='utf-8', newline='') as out:
        out.write(text)
    print(f'{out_file}: recovered ({len(text)} characters)')


if __name__ == '__main__':
    main()
