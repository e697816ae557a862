/// Placeholder so the target builds; the wizard's screens live here.
enum TUIPlaceholder {}
