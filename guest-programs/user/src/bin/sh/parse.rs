//! The shell's grammar: a command line becomes a `List` of pipelines joined
//! by `;`, `&&`, `||` or `&`; a pipeline is commands joined by `|`; a command
//! is words and redirections. Words keep their `$` references unexpanded
//! (`Part::Var`), so `false; echo $?` sees the status of `false`: expansion
//! happens when the command runs (`Word::expand`).
//!
//! ```text
//! list      := pipeline (('&&' | '||' | ';' | '&') pipeline)* [';' | '&']
//! pipeline  := command ('|' command)*
//! command   := (word | redirect)+
//! redirect  := [digits] ('<' | '>' | '>>') word  |  [digits] '>&' digits
//! word      := ( plain | '...' | "..." | \c | $? | $$ | $! | $# | $0..$9 | $NAME | ${NAME} )+
//! ```
//! `#` starts a comment where a word could start. Newlines separate like `;`.

use alloc::string::String;
use alloc::vec::Vec;

use ulib::fs::Fd;

/// A piece of a word: text as typed (quotes removed) or a `$` reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Lit(String),
    /// `$NAME`, `${NAME}`, the specials `?`, `$`, `!`, `#`, or a
    /// positional parameter `0`..`9`.
    Var(String),
}

/// One word of a command, expanded when the command runs. There is no field
/// splitting and no globbing: a word is always exactly one argument.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word(pub Vec<Part>);

impl Word {
    /// The word's text, with each `$` reference replaced by `lookup`'s value
    /// (empty when unset).
    pub fn expand(&self, lookup: &dyn Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        for part in &self.0 {
            match part {
                Part::Lit(s) => out.push_str(s),
                Part::Var(name) => out.push_str(&lookup(name).unwrap_or_default()),
            }
        }
        out
    }

    /// The word's text if it has no `$` references.
    pub fn literal(&self) -> Option<String> {
        let mut out = String::new();
        for part in &self.0 {
            match part {
                Part::Lit(s) => out.push_str(s),
                Part::Var(_) => return None,
            }
        }
        Some(out)
    }

    fn push_char(&mut self, c: char) {
        match self.0.last_mut() {
            Some(Part::Lit(s)) => s.push(c),
            _ => self.0.push(Part::Lit(String::from(c))),
        }
    }
}

/// What a redirection does to its file descriptor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedirectKind {
    /// `< file`: open for reading.
    Read(Word),
    /// `> file`: create or truncate for writing.
    Write(Word),
    /// `>> file`: open for appending.
    Append(Word),
    /// `>&N`: make it a copy of descriptor N.
    Dup(Fd),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redirect {
    /// The descriptor redirected (0 for `<`, 1 for `>` unless a number is given).
    pub fd: Fd,
    pub kind: RedirectKind,
}

/// A simple command: its words (the first is the program) and redirections,
/// applied in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Command {
    pub words: Vec<Word>,
    pub redirects: Vec<Redirect>,
}

/// Commands connected by pipes, run in the foreground or (`&`) background.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pipeline {
    pub commands: Vec<Command>,
    pub background: bool,
}

/// When a pipeline of a list runs, given the previous one's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// First, or after `;`, `&` or a newline: always.
    Always,
    /// After `&&`: if the previous status was 0.
    IfSuccess,
    /// After `||`: if the previous status was not 0.
    IfFailure,
}

/// A whole command line.
pub type List = Vec<(Condition, Pipeline)>;

/// The tokens of a command line.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Word(Word),
    Pipe,
    AndIf,
    OrIf,
    Amp,
    Semi,
    Redirect { fd: Option<Fd>, op: &'static str },
}

/// Splits a line into tokens. Errors are messages for "sh: syntax error: ...".
fn tokenize(line: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = line.chars().peekable();
    let mut word = Word::default();
    // Whether a word has started (an empty "" is still a word).
    let mut in_word = false;
    // Whether the word so far is only unquoted digits (a redirection's fd).
    let mut digits_only = true;

    macro_rules! end_word {
        () => {
            if in_word {
                tokens.push(Token::Word(core::mem::take(&mut word)));
                in_word = false;
            }
            digits_only = true;
        };
    }

    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\r' => {
                end_word!();
            }
            '\n' | ';' => {
                end_word!();
                tokens.push(Token::Semi);
            }
            '#' if !in_word => {
                // A comment runs to the end of the line.
                for c in chars.by_ref() {
                    if c == '\n' {
                        tokens.push(Token::Semi);
                        break;
                    }
                }
            }
            '|' | '&' => {
                end_word!();
                let double = chars.peek() == Some(&c);
                if double {
                    chars.next();
                }
                tokens.push(match (c, double) {
                    ('|', false) => Token::Pipe,
                    ('|', true) => Token::OrIf,
                    ('&', false) => Token::Amp,
                    _ => Token::AndIf,
                });
            }
            '<' | '>' => {
                // "2>" makes 2 the descriptor; "a2>" does not.
                let fd = if in_word && digits_only {
                    let text = word.literal().unwrap_or_default();
                    word = Word::default();
                    in_word = false;
                    digits_only = true;
                    Some(
                        text.parse::<Fd>()
                            .map_err(|_| String::from("bad file descriptor"))?,
                    )
                } else {
                    end_word!();
                    None
                };
                let op = match (c, chars.peek()) {
                    ('>', Some('>')) => {
                        chars.next();
                        ">>"
                    }
                    ('>', Some('&')) => {
                        chars.next();
                        ">&"
                    }
                    ('>', _) => ">",
                    _ => "<",
                };
                tokens.push(Token::Redirect { fd, op });
            }
            '\'' => {
                in_word = true;
                digits_only = false;
                word.0.push(Part::Lit(String::new()));
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push_char(c),
                        None => return Err(String::from("unterminated '")),
                    }
                }
            }
            '"' => {
                in_word = true;
                digits_only = false;
                word.0.push(Part::Lit(String::new()));
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$')) => word.push_char(c),
                            Some(c) => {
                                word.push_char('\\');
                                word.push_char(c);
                            }
                            None => return Err(String::from("unterminated \"")),
                        },
                        Some('$') => dollar(&mut chars, &mut word),
                        Some(c) => word.push_char(c),
                        None => return Err(String::from("unterminated \"")),
                    }
                }
            }
            '\\' => {
                in_word = true;
                digits_only = false;
                if let Some(c) = chars.next() {
                    if c != '\n' {
                        word.push_char(c);
                    }
                }
            }
            '$' => {
                in_word = true;
                digits_only = false;
                dollar(&mut chars, &mut word);
            }
            c => {
                in_word = true;
                digits_only &= c.is_ascii_digit();
                word.push_char(c);
            }
        }
    }
    if in_word {
        tokens.push(Token::Word(word));
    }
    Ok(tokens)
}

/// After a `$`: the reference it starts, or a literal `$`.
fn dollar(chars: &mut core::iter::Peekable<core::str::Chars<'_>>, word: &mut Word) {
    match chars.peek().copied() {
        Some(c @ ('?' | '$' | '!' | '#' | '0'..='9')) => {
            chars.next();
            word.0.push(Part::Var(String::from(c)));
        }
        Some('{') => {
            chars.next();
            let mut name = String::new();
            for c in chars.by_ref() {
                if c == '}' {
                    break;
                }
                name.push(c);
            }
            word.0.push(Part::Var(name));
        }
        Some(c) if c.is_ascii_alphabetic() || c == '_' => {
            let mut name = String::new();
            while let Some(&c) = chars.peek() {
                if !(c.is_ascii_alphanumeric() || c == '_') {
                    break;
                }
                name.push(c);
                chars.next();
            }
            word.0.push(Part::Var(name));
        }
        _ => word.push_char('$'),
    }
}

/// Parses a command line. An empty line (or only comments) is an empty list.
pub fn parse(line: &str) -> Result<List, String> {
    let tokens = tokenize(line)?;
    let mut list = List::new();
    let mut condition = Condition::Always;
    let mut pipeline = Pipeline::default();
    let mut command = Command::default();
    let mut tokens = tokens.into_iter().peekable();

    // Ends the current command; `what` names the token for errors.
    fn finish_command(
        command: &mut Command,
        pipeline: &mut Pipeline,
        what: &str,
    ) -> Result<(), String> {
        if command.words.is_empty() {
            if command.redirects.is_empty() {
                return Err(alloc::format!("syntax error near `{what}'"));
            }
            return Err(String::from("syntax error: redirection without a command"));
        }
        pipeline.commands.push(core::mem::take(command));
        Ok(())
    }

    while let Some(token) = tokens.next() {
        match token {
            Token::Word(w) => command.words.push(w),
            Token::Redirect { fd, op } => {
                let Some(Token::Word(target)) = tokens.next() else {
                    return Err(alloc::format!("syntax error: {op} needs a file name"));
                };
                let kind = match op {
                    "<" => RedirectKind::Read(target),
                    ">" => RedirectKind::Write(target),
                    ">>" => RedirectKind::Append(target),
                    _ => {
                        let to = target.literal().and_then(|t| t.parse::<Fd>().ok());
                        RedirectKind::Dup(to.ok_or_else(|| {
                            String::from("syntax error: >& needs a descriptor number")
                        })?)
                    }
                };
                let default_fd = if op == "<" { 0 } else { 1 };
                command.redirects.push(Redirect {
                    fd: fd.unwrap_or(default_fd),
                    kind,
                });
            }
            Token::Pipe => finish_command(&mut command, &mut pipeline, "|")?,
            Token::AndIf | Token::OrIf | Token::Semi | Token::Amp => {
                let what = match token {
                    Token::AndIf => "&&",
                    Token::OrIf => "||",
                    Token::Amp => "&",
                    _ => ";",
                };
                if command.words.is_empty()
                    && command.redirects.is_empty()
                    && pipeline.commands.is_empty()
                {
                    // Empty statements (";;", blank lines) are fine after
                    // ';' and newlines, not before '&&', '||' or '&'.
                    if token == Token::Semi {
                        continue;
                    }
                    return Err(alloc::format!("syntax error near `{what}'"));
                }
                finish_command(&mut command, &mut pipeline, what)?;
                pipeline.background = token == Token::Amp;
                list.push((condition, core::mem::take(&mut pipeline)));
                condition = match token {
                    Token::AndIf => Condition::IfSuccess,
                    Token::OrIf => Condition::IfFailure,
                    _ => Condition::Always,
                };
                if matches!(token, Token::AndIf | Token::OrIf) && tokens.peek().is_none() {
                    return Err(alloc::format!("syntax error: nothing after `{what}'"));
                }
            }
        }
    }
    if !command.words.is_empty() || !command.redirects.is_empty() {
        finish_command(&mut command, &mut pipeline, "end of line")?;
    } else if !pipeline.commands.is_empty() {
        return Err(String::from("syntax error: nothing after `|'"));
    }
    if !pipeline.commands.is_empty() {
        list.push((condition, pipeline));
    }
    Ok(list)
}
