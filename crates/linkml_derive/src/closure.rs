//! The graph walk behind SchemaView's `*_ancestors` methods.

/// Reflexive, depth-first closure of `start` under `parents`, in linkml-runtime's `_closure`
/// order: a node's parents are listed when it is expanded, and the last one is expanded next.
/// Cycles terminate because a node is listed once.
pub fn closure<'a>(start: &'a str, mut parents: impl FnMut(&'a str) -> Vec<&'a str>) -> Vec<&'a str> {
    let mut listed = vec![start];
    let mut todo = vec![start];
    while let Some(node) = todo.pop() {
        for parent in parents(node) {
            if !listed.contains(&parent) {
                todo.push(parent);
                listed.push(parent);
            }
        }
    }
    listed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_mixins_before_is_a_and_walks_is_a_first() {
        // C has mixins [M1, M2] and is_a B; B has is_a A; M1 has is_a M0.
        let parents = |n: &str| -> Vec<&str> {
            match n {
                "C" => vec!["M1", "M2", "B"],
                "B" => vec!["A"],
                "M1" => vec!["M0"],
                _ => vec![],
            }
        };
        assert_eq!(closure("C", parents), ["C", "M1", "M2", "B", "A", "M0"]);
    }

    #[test]
    fn terminates_on_cycles() {
        assert_eq!(
            closure("A", |n| if n == "A" { vec!["B"] } else { vec!["A"] }),
            ["A", "B"]
        );
    }
}
