//! "did you mean": the known name closest to a misspelt one.

/// The candidate within a typo or two of `name` (one edit for short names,
/// two from six letters on; a swap of two neighbours is one edit), closest
/// first; `None` when nothing is that close.
pub fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let budget = if name.chars().count() >= 6 { 2 } else { 1 };
    candidates
        .iter()
        .map(|candidate| (distance(name, candidate), *candidate))
        .filter(|(d, _)| *d <= budget)
        .min_by_key(|(d, _)| *d)
        .map(|(_, candidate)| candidate)
}

/// Edits between two words: insertions, deletions, substitutions and swaps
/// of neighbours (the optimal string alignment distance).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // rows[i][j]: the distance between a[..i] and b[..j].
    let mut rows = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, distance};

    #[test]
    fn counts_edits() {
        assert_eq!(distance("msg", "msg"), 0);
        assert_eq!(distance("mgs", "msg"), 1);
        assert_eq!(distance("nmae", "name"), 1);
        assert_eq!(distance("htp", "http"), 1);
        assert_eq!(distance("displya", "display"), 1);
        assert_eq!(distance("doc", "msg"), 3);
    }

    #[test]
    fn suggests_only_close_names() {
        let options = ["http", "display", "lang", "name", "union"];
        assert_eq!(closest("nmae", &options), Some("name"));
        assert_eq!(closest("dispaly", &options), Some("display"));
        assert_eq!(closest("htpp", &options), Some("http"));
        assert_eq!(closest("colour", &options), None);
        assert_eq!(closest("cfg", &["msg", "help", "http"]), None);
    }
}
