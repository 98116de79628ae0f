//! `beamr gleam`: run a project that `gleam build --target erlang` built,
//! the way `gleam run` does.
//!
//! `gleam run` starts `erl` with every `build/dev/erlang/*/ebin` on the code
//! path and evaluates `{package}@@main:run(Module)`: a module the compiler
//! writes into the package's `ebin`, which starts the package's OTP
//! application, calls `Module:main()`, prints Gleam's runtime-error report
//! on a crash and ends the VM with `init:stop(0 | 1)`. beamr runs that same
//! compiled module, so output, error reports and exit status are Gleam's
//! own.

use std::path::{Path, PathBuf};

/// A built Gleam project.
#[derive(Debug)]
pub struct Project {
    /// The package name (`name` in `gleam.toml`).
    pub name: String,
    /// Every `build/dev/erlang/*/ebin`, sorted.
    pub ebins: Vec<PathBuf>,
}

/// Why a directory cannot be run; `Display` is the one line a user sees.
#[derive(Debug)]
pub enum ProjectError {
    NoManifest(PathBuf),
    NoName(PathBuf),
    NotBuilt(PathBuf),
}

impl std::fmt::Display for ProjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProjectError::NoManifest(d) => write!(
                f,
                "{}: no gleam.toml here; run beamr gleam in a Gleam project (or pass its directory)",
                d.display()
            ),
            ProjectError::NoName(p) => write!(f, "{}: no `name = \"...\"` line", p.display()),
            ProjectError::NotBuilt(d) => write!(
                f,
                "{}: not built for Erlang yet; run `gleam build --target erlang` there first",
                d.display()
            ),
        }
    }
}

/// The top-level `name = "..."` of a `gleam.toml` (before any `[table]`).
pub fn package_name(toml: &str) -> Option<String> {
    for line in toml.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            return None;
        }
        let Some(rest) = line.strip_prefix("name") else {
            continue;
        };
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim();
        let value = value.strip_prefix('"')?;
        let end = value.find('"')?;
        return Some(value[..end].to_string());
    }
    None
}

impl Project {
    /// Reads `dir/gleam.toml` and finds the build's `ebin` directories.
    pub fn open(dir: &Path) -> Result<Project, ProjectError> {
        let manifest = dir.join("gleam.toml");
        let toml = std::fs::read_to_string(&manifest)
            .map_err(|_| ProjectError::NoManifest(dir.to_path_buf()))?;
        let name = package_name(&toml).ok_or(ProjectError::NoName(manifest))?;
        let build = dir.join("build/dev/erlang");
        let mut ebins: Vec<PathBuf> = std::fs::read_dir(&build)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path().join("ebin"))
                    .filter(|p| p.is_dir())
                    .collect()
            })
            .unwrap_or_default();
        ebins.sort();
        if !build.join(&name).join("ebin").is_dir() {
            return Err(ProjectError::NotBuilt(dir.to_path_buf()));
        }
        Ok(Project { name, ebins })
    }

    /// The Erlang name of Gleam module `module` (`a/b` is `a@b`).
    pub fn erlang_module(module: &str) -> String {
        module.replace('/', "@")
    }

    /// The compiler-written entry module, `{package}@@main`.
    pub fn main_module(&self) -> String {
        format!("{}@@main", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_top_level_name_only() {
        let t = "name = \"app\"\nversion = \"1.0.0\"\n[dependencies]\nname = \"x\"\n";
        assert_eq!(package_name(t).as_deref(), Some("app"));
        assert_eq!(package_name("[dependencies]\nname = \"x\"\n"), None);
        assert_eq!(
            package_name("  name=\"spaced\"  # c\n").as_deref(),
            Some("spaced")
        );
        assert_eq!(package_name("names = \"no\"\n"), None);
    }

    #[test]
    fn a_directory_without_a_build_is_explained() {
        let dir = std::env::temp_dir().join(format!("beamr-gleam-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let e = Project::open(&dir).unwrap_err();
        assert!(e.to_string().contains("no gleam.toml"), "{e}");
        std::fs::write(dir.join("gleam.toml"), "name = \"demo\"\n").unwrap();
        let e = Project::open(&dir).unwrap_err();
        assert!(e.to_string().contains("gleam build --target erlang"), "{e}");
        std::fs::create_dir_all(dir.join("build/dev/erlang/demo/ebin")).unwrap();
        let p = Project::open(&dir).unwrap();
        assert_eq!(p.name, "demo");
        assert_eq!(p.ebins.len(), 1);
        assert_eq!(p.main_module(), "demo@@main");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
