//! Pairs the relationships of two slots that the schema declares each other's `inverse`.

use rustc_hash::FxHashMap as HashMap;

use crate::ir::{InversePair, Mapping, Table};
use crate::transformer::SlotLink;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    ManyToOne,
    OneToMany,
    ManyToMany,
}

/// A relationship of a table: its relational slot, target class and direction.
struct Relationship<'t> {
    table: usize,
    class: &'t str,
    slot: &'t str,
    target: &'t str,
    direction: Direction,
}

/// Sets [`Table::inverses`]: a relationship of class C to T pairs with one of T's to C when
/// either slot names the other as its `inverse`. Each relationship pairs at most once, in
/// table order. Two relationships of one direction stay unpaired: SQLAlchemy refuses two
/// many-to-one or two one-to-many relationships as a pair, and of two many-to-many ones it
/// writes only one join table, which would lose the other's rows. `links` gives each class's
/// slots that range over a class.
pub(crate) fn pair_inverses(tables: &mut [Table], links: HashMap<&str, &[SlotLink]>) {
    let pairs = {
        let relationships = relationships(tables);
        let link = |r: &Relationship| {
            links
                .get(r.class)
                .and_then(|slots| slots.iter().find(|l| l.attribute == r.slot))
        };
        let mut by_ends: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
        for (i, r) in relationships.iter().enumerate() {
            by_ends.entry((r.class, r.target)).or_default().push(i);
        }
        let mut paired = vec![false; relationships.len()];
        let mut pairs = Vec::new();
        for (i, r) in relationships.iter().enumerate() {
            let Some(own) = link(r).filter(|_| !paired[i]) else {
                continue;
            };
            let candidates = by_ends.get(&(r.target, r.class)).map_or(&[][..], Vec::as_slice);
            let partner = candidates.iter().copied().find(|&j| {
                let other = &relationships[j];
                j != i
                    && !paired[j]
                    && r.direction != other.direction
                    && link(other).is_some_and(|theirs| {
                        own.inverse.as_deref() == Some(theirs.slot.as_str())
                            || theirs.inverse.as_deref() == Some(own.slot.as_str())
                    })
            });
            if let Some(j) = partner {
                paired[i] = true;
                paired[j] = true;
                let other = &relationships[j];
                pairs.push((r.table, r.slot.to_string(), other.slot.to_string()));
                pairs.push((other.table, other.slot.to_string(), r.slot.to_string()));
            }
        }
        pairs
    };
    for (table, slot, partner) in pairs {
        tables[table].inverses.push(InversePair { slot, partner });
    }
}

/// The tables' relationships: reference columns, then collection mappings.
fn relationships(tables: &[Table]) -> Vec<Relationship<'_>> {
    let mut out = Vec::new();
    for (index, table) in tables.iter().enumerate() {
        let relationship = |slot, target, direction| Relationship {
            table: index,
            class: table.class_name.as_str(),
            slot,
            target,
            direction,
        };
        for column in table.columns.iter().filter(|c| c.foreign_key.is_some()) {
            if let (Some(slot), Some(target)) = (&column.original_slot, &column.range_class) {
                out.push(relationship(slot.as_str(), target.as_str(), Direction::ManyToOne));
            }
        }
        for mapping in &table.mappings {
            match mapping {
                Mapping::OneToMany { slot, target_class, .. } => {
                    out.push(relationship(slot, target_class, Direction::OneToMany))
                }
                Mapping::ManyToMany { slot, target_class, .. } => {
                    out.push(relationship(slot, target_class, Direction::ManyToMany))
                }
                Mapping::MultivaluedScalar { .. } => {}
            }
        }
    }
    out
}
