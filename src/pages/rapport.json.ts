/** /rapport.json: the build report for programs. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../site/corpus.ts';

export const GET: APIRoute = () => {
  const { contract } = loadCorpus();
  const report = {
    generatedFrom: contract.generatedFrom,
    problems: contract.problems,
    warnings: contract.sources.filter((s) => s.warnings.length > 0).map((s) => ({ file: s.file, source: s.id, warnings: s.warnings })),
  };
  return new Response(`${JSON.stringify(report, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
