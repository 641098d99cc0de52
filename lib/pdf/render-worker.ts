// A render worker thread (see pool.ts): fonts registered once, one job at a time, bytes transferred back.
// First, before anything of Next.js's loads: see worker-globals.ts.
import './worker-globals';

import { parentPort, workerData } from 'node:worker_threads';

import { ZHandoutSpecSchema } from '@/lib/spec/schema';
import { ZOverridesSchema } from '@/lib/translations/schema';

import { drawHandout, type RenderedHandout } from './draw';
import { adoptSharedFontFiles } from './font-files';
import { registerFonts } from './fonts';
import { practiceSpec, warmUp } from './warm-up';
import { toFailure, type WorkerReply, type WorkerRequest, type WorkerStart } from './worker-protocol';

const { fontFiles, warmBrand } = workerData as WorkerStart;
adoptSharedFontFiles(fontFiles);
registerFonts();

parentPort?.on('message', (request: WorkerRequest) => {
  void handle(request).then((reply) =>
    parentPort?.postMessage(reply, reply.ok ? [reply.pdf.buffer as ArrayBuffer] : []),
  );
});

function draw(request: WorkerRequest): Promise<RenderedHandout> {
  if (request.kind === 'warm') return warmUp(request.locale, { isFull: request.isFull, brand: warmBrand });
  if (request.kind === 'practice')
    return drawHandout(practiceSpec(request.round, request.locales, warmBrand));
  // Parsed again on this side of the seam: the pool's caller has validated it, this thread trusts nothing.
  return drawHandout(ZHandoutSpecSchema.parse(request.spec), ZOverridesSchema.parse(request.overrides));
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const { pdf, code, filename } = await draw(request);
    // A copy that owns its whole buffer, so that transferring it moves exactly the PDF.
    return { ok: true, pdf: new Uint8Array(pdf), code, filename };
  } catch (error) {
    return { ok: false, failure: toFailure(error) };
  }
}
