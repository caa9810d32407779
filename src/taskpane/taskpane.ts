/*
 * Task pane entry: the calculator and the documentation, built on the core. Office.js is used only for the
 * "Insert formula" button in Excel; everything else works in a plain browser, and when Office.js is blocked.
 */
import { mountCalculator } from './calculator';
import { dealModelSection, dealModelMode } from './dealModel';
import { renderDocs } from './docs';
import { insertFormula } from './insert';
import { EXCEL_HOST, officeHost } from './office';

function start(): void {
  const calculator = mountCalculator();
  document.getElementById('calculator')?.append(calculator.element);
  document.getElementById('docs')?.append(...renderDocs());
  void officeHost().then((host) => {
    if (host === EXCEL_HOST) calculator.enableInsert((formula) => insertFormula(formula));
    document.getElementById('deal-model')?.append(dealModelSection(dealModelMode(host)));
  });
}

start();
