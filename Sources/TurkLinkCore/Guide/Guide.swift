/// A link shown with a step, opened with `o` in the wizard.
public struct GuideLink: Sendable, Equatable, Codable {
  /// What the link is, e.g. "MTurk developer page".
  public var label: String
  /// The address; always `https://`.
  public var url: String

  /// Creates a link.
  public init(label: String, url: String) {
    self.label = label
    self.url = url
  }
}

/// One step of the guide: what the researcher does outside turklink.
public struct Step: Sendable, Equatable, Identifiable {
  /// Which guide step this is.
  public var id: StepID
  /// Short title for the step list, e.g. "Create an AWS account".
  public var title: String
  /// One or two sentences on why the step matters.
  public var summary: String
  /// The sub-steps, ticked one by one on the step's checklist.
  public var items: [String]
  /// The step's links; the first is the one `o` opens.
  public var links: [GuideLink]
  /// Extra hints shown under the checklist (may be empty).
  public var notes: [String]

  /// Creates a step.
  public init(
    id: StepID, title: String, summary: String, items: [String],
    links: [GuideLink], notes: [String] = []
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.items = items
    self.links = links
    self.notes = notes
  }
}

/// The whole guide, loaded from `guide.json`: every step in order.
public struct Guide: Sendable, Equatable {
  /// The guide's name, shown in the title bar.
  public var title: String
  /// The steps in the guide's order; each `StepID` exactly once.
  public var steps: [Step]

  /// Creates a guide.
  public init(title: String, steps: [Step]) {
    self.title = title
    self.steps = steps
  }

  /// The step with this id (every id is present once loading succeeded).
  public func step(_ id: StepID) -> Step? {
    steps.first { $0.id == id }
  }

  /// The position of a step in the guide's order.
  public func index(of id: StepID) -> Int? {
    steps.firstIndex { $0.id == id }
  }
}
