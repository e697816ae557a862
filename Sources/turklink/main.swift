import TurkLinkCore

do {
  let guide = try GuideLoader.loadDefault()
  for step in guide.steps { print(step.title) }
} catch {
  print("turklink: \(error)")
}
