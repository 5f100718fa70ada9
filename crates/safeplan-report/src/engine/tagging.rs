//! The logical structure of the document (the tag tree of a tagged PDF), built while the flow is
//! laid out and filled with marked-content references while the pages are written.

use super::draw::NodeId;

#[derive(Clone, Debug, PartialEq)]
pub enum Kid {
    Node(NodeId),
    /// A marked-content sequence on a page (0-based page index).
    Content {
        page: usize,
        mcid: u32,
    },
    /// A link annotation (object reference filled in by the writer).
    Annot {
        page: usize,
        annot: usize,
    },
}

#[derive(Clone, Debug)]
pub struct StructNode {
    /// The standard structure type: Document, H1, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure,
    /// Caption, Link, BlockQuote, TOC, TOCI, Code.
    pub tag: &'static str,
    pub parent: Option<NodeId>,
    pub alt: Option<String>,
    /// /ActualText: the whole word a hyphenated Span stands for, which pdf.js hands screen
    /// readers from its structure tree.
    pub actual_text: Option<String>,
    /// /Scope of a table header cell.
    pub scope: Option<&'static str>,
    /// Figure bounding box on its page, in PDF coordinates, set by the writer.
    pub bbox: Option<[f32; 4]>,
    pub kids: Vec<Kid>,
    attached: bool,
}

#[derive(Clone, Debug)]
pub struct StructTree {
    pub nodes: Vec<StructNode>,
}

pub const ROOT: NodeId = 0;

impl Default for StructTree {
    fn default() -> Self {
        let mut t = StructTree { nodes: Vec::new() };
        t.nodes.push(StructNode {
            tag: "Document",
            parent: None,
            alt: None,
            actual_text: None,
            scope: None,
            bbox: None,
            kids: Vec::new(),
            attached: true,
        });
        t
    }
}

impl StructTree {
    pub fn add(&mut self, tag: &'static str, parent: NodeId) -> NodeId {
        self.nodes.push(StructNode {
            tag,
            parent: Some(parent),
            alt: None,
            actual_text: None,
            scope: None,
            bbox: None,
            kids: Vec::new(),
            attached: false,
        });
        self.nodes.len() - 1
    }

    /// Hooks a node into its parent the first time content of it is written, so that kids appear
    /// in reading order even when an element's content and its children interleave (a link in a
    /// paragraph).
    fn attach(&mut self, node: NodeId) {
        let mut chain = Vec::new();
        let mut cur = Some(node);
        while let Some(n) = cur {
            if n >= self.nodes.len() || self.nodes[n].attached {
                break;
            }
            chain.push(n);
            cur = self.nodes[n].parent;
        }
        for &n in chain.iter().rev() {
            self.nodes[n].attached = true;
            if let Some(p) = self.nodes[n].parent {
                self.nodes[p].kids.push(Kid::Node(n));
            }
        }
    }

    pub fn add_content(&mut self, node: NodeId, page: usize, mcid: u32) {
        self.attach(node);
        if let Some(n) = self.nodes.get_mut(node) {
            n.kids.push(Kid::Content { page, mcid });
        }
    }

    pub fn add_annot(&mut self, node: NodeId, page: usize, annot: usize) {
        self.attach(node);
        if let Some(n) = self.nodes.get_mut(node) {
            n.kids.push(Kid::Annot { page, annot });
        }
    }

    pub fn is_attached(&self, node: NodeId) -> bool {
        self.nodes.get(node).is_some_and(|n| n.attached)
    }

    pub fn grow_bbox(&mut self, node: NodeId, b: [f32; 4]) {
        if let Some(n) = self.nodes.get_mut(node) {
            n.bbox = Some(match n.bbox {
                None => b,
                Some(a) => [
                    a[0].min(b[0]),
                    a[1].min(b[1]),
                    a[2].max(b[2]),
                    a[3].max(b[3]),
                ],
            });
        }
    }
}
