import { describeSections } from '@/lib/spec/describe';

import { Builder } from './_components/builder';

/** The builder, with the registry described on the server: the form is generated from it. */
export default function HomePage() {
  return <Builder sections={describeSections()} />;
}
