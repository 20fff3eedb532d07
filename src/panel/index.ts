export { buildPanel, panelKind, PanelBuilder } from './build.js';
export type { BuildPanelOptions, Panel, PanelKind, PanelRow, PanelSummary, SideReason, SideRow } from './build.js';
export { columnName, widePanel, MAX_COLUMN } from './wide.js';
export type { WidePanel } from './wide.js';
export { longTable, sideTable, tableCsv, wideTable, writeTable } from './write.js';
export type { Table } from './write.js';
