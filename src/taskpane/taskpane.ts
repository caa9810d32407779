// Task pane entry (documentation and calculator come with the task pane issue).
export {};
