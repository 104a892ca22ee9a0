"""Packaged official data read by loaders.cog (see SOURCES.md and LICENSE.md here)."""
