//! The language of a column: named by its header, else read off the script
//! of its text.

use std::collections::HashMap;

use crate::read::Table;

/// The language a header names: `中文` or `Chinese` is `zh`, `英文` or
/// `English` is `en`; a header that is a key itself (`zh`, `en-US`) is that.
pub fn header_lang(header: &str) -> Option<String> {
    let lower = header.trim().to_lowercase();
    let names: [(&[&str], &str); 5] = [
        (&["中文", "chinese", "简体", "汉语"], "zh"),
        (&["英文", "english", "英语"], "en"),
        (&["日文", "日本語", "japanese", "日语"], "ja"),
        (&["韩文", "한국어", "korean"], "ko"),
        (&["français", "french", "法文"], "fr"),
    ];
    if let Some((_, key)) = names
        .iter()
        .find(|(words, _)| words.iter().any(|w| lower.contains(w)))
    {
        return Some((*key).to_owned());
    }
    let key = lower.split(['-', '_']).next().unwrap_or("");
    let is_key = key.len() == 2 && key.bytes().all(|b| b.is_ascii_lowercase());
    (is_key
        && lower.len() <= 5
        && ["zh", "en", "ja", "ko", "fr", "de", "es", "ru", "pt", "it"].contains(&key))
    .then(|| key.to_owned())
}

/// The script of a text: `zh` for Chinese, `ja` with kana, `ko` with hangul,
/// `en` otherwise.
pub fn script(text: &str) -> &'static str {
    let has =
        |range: std::ops::RangeInclusive<u32>| text.chars().any(|c| range.contains(&u32::from(c)));
    if has(0x3040..=0x30FF) {
        "ja"
    } else if has(0xAC00..=0xD7AF) {
        "ko"
    } else if has(0x4E00..=0x9FFF) || has(0x3400..=0x4DBF) {
        "zh"
    } else {
        "en"
    }
}

/// The script of most of a column's non-empty cells.
pub(super) fn column_script(table: &Table, column: usize) -> String {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for row in table.rows.iter().filter(|row| !row[column].is_empty()) {
        *counts.entry(script(&row[column])).or_default() += 1;
    }
    let best = counts
        .into_iter()
        .max_by_key(|&(key, count)| (count, key != "en"));
    best.map_or("en", |(key, _)| key).to_owned()
}
