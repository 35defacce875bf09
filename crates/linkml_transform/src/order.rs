//! The order of `CREATE TABLE`: every table after the tables it references, as SQLAlchemy's
//! `create_all` orders them. Foreign keys inside a reference cycle cannot all be created with
//! their tables; those are found here, so that writers add them after all tables. The DDL and
//! the Alembic revisions share this.

use rustc_hash::FxHashMap as HashMap;

/// `edges[i]` lists the tables that table `i` references (self-references left out).
/// Returns the creation order (indexes into `edges`) and, per table, whether each of its
/// references lies on a cycle.
pub fn creation_order(edges: &[Vec<usize>]) -> (Vec<usize>, Vec<Vec<bool>>) {
    let component = strongly_connected(edges);
    let mut size: HashMap<usize, usize> = HashMap::default();
    for c in &component {
        *size.entry(*c).or_default() += 1;
    }
    let cyclic: Vec<Vec<bool>> = edges
        .iter()
        .enumerate()
        .map(|(i, targets)| {
            targets
                .iter()
                .map(|&t| component[t] == component[i] && size[&component[i]] > 1)
                .collect()
        })
        .collect();
    // Layer by layer, in declaration order, like SQLAlchemy's topological sort.
    let mut remaining: Vec<usize> = (0..edges.len()).collect();
    let mut done = vec![false; edges.len()];
    let mut order = Vec::with_capacity(edges.len());
    while !remaining.is_empty() {
        let ready: Vec<usize> = remaining
            .iter()
            .copied()
            .filter(|&i| {
                edges[i]
                    .iter()
                    .zip(&cyclic[i])
                    .all(|(&t, &on_cycle)| on_cycle || done[t])
            })
            .collect();
        for &i in &ready {
            done[i] = true;
        }
        remaining.retain(|&i| !done[i]);
        order.extend(ready);
    }
    (order, cyclic)
}

/// Tarjan's strongly connected components, iteratively: each table's component number.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut next_index = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, position of the next edge to follow)
        let mut path = vec![(root, 0)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            if let Some(&target) = edges[node].get(*next) {
                *next += 1;
                if index[target] == UNSEEN {
                    index[target] = next_index;
                    low[target] = next_index;
                    next_index += 1;
                    stack.push(target);
                    on_stack[target] = true;
                    path.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(index[target]);
                }
                continue;
            }
            path.pop();
            if let Some(&(parent, _)) = path.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = node;
                    if member == node {
                        break;
                    }
                }
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referenced_tables_come_first() {
        // 0 -> 1 -> 2
        let (order, cyclic) = creation_order(&[vec![1], vec![2], vec![]]);
        assert_eq!(order, vec![2, 1, 0]);
        assert!(cyclic.iter().flatten().all(|c| !c));
    }

    #[test]
    fn cycles_are_broken_only_where_they_are() {
        // 0 <-> 1 form a cycle; 2 references 0.
        let (order, cyclic) = creation_order(&[vec![1], vec![0], vec![0]]);
        assert_eq!(order, vec![0, 1, 2]);
        assert_eq!(cyclic, vec![vec![true], vec![true], vec![false]]);
    }
}
