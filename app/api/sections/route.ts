import { describeSections } from '@/lib/spec/describe';

export const runtime = 'nodejs';

export function GET(): Response {
  return Response.json({ sections: describeSections() });
}
