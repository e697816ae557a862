/// Placeholder so the target builds; the stand-in server lives here.
enum StandInPlaceholder {}
