//! Helpers shared by the test suites: the workspace root, throw-away copies of the repository's
//! `spec/` and `generated/` trees, an in-process `cargo xtask`, and model summaries.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The workspace root (the parent of this crate).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is one level below the root").to_owned()
}

/// The output of one in-process `cargo xtask` run.
#[derive(Debug)]
pub struct Run {
    /// Exit code.
    pub code: u8,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
}

/// Runs `cargo xtask <args>` in-process.
pub fn xtask(args: &[&str]) -> Run {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let argv = std::iter::once("xtask").chain(args.iter().copied());
    let code = xtask::run(argv, &mut stdout, &mut stderr);
    Run { code, stdout: String::from_utf8(stdout).unwrap(), stderr: String::from_utf8(stderr).unwrap() }
}

/// A temporary copy of the repository's `spec/` and `generated/` trees.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// Copies `spec/` and `generated/` (without build output) into a new temporary directory.
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["spec", "generated"] {
            copy_tree(&root().join(sub), &dir.path().join(sub));
        }
        Sandbox { dir }
    }

    /// The sandbox root.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The sandbox root as a `--root` argument.
    pub fn root_arg(&self) -> String {
        self.path().to_str().unwrap().to_owned()
    }

    /// Reads a file of the sandbox.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    /// Rewrites a file of the sandbox.
    pub fn write(&self, rel: &str, text: impl AsRef<[u8]>) {
        std::fs::write(self.path().join(rel), text).unwrap();
    }

    /// Every file under `generated/`, with its bytes and modification time.
    pub fn generated_tree(&self) -> BTreeMap<PathBuf, (Vec<u8>, std::time::SystemTime)> {
        let mut files = BTreeMap::new();
        walk(&self.path().join("generated"), &mut |path| {
            let meta = std::fs::metadata(path).unwrap();
            files.insert(path.to_owned(), (std::fs::read(path).unwrap(), meta.modified().unwrap()));
        });
        files
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Sandbox::new()
    }
}

fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() { walk(&path, f) } else { f(&path) }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_tree(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The model summary of the spec at `path`, named `name` in the summary.
pub fn model_of(path: &Path, name: &str) -> Result<String, codegen::Error> {
    let spec = codegen::Spec::load(path, name)?;
    let output = codegen::generate_spec(&spec)?;
    codegen::model::summarize(&output.code, &output.prepared_operations, name)
}

/// The committed insta snapshot `tests/snapshots/<file>.snap`, without its metadata header.
pub fn committed_snapshot(file: &str) -> Option<String> {
    let text = std::fs::read_to_string(root().join("tests/snapshots").join(format!("{file}.snap"))).ok()?;
    // insta files: "---\n<yaml metadata>\n---\n<contents>"
    let body = text.strip_prefix("---\n")?;
    let (_, contents) = body.split_once("\n---\n")?;
    Some(contents.to_owned())
}
