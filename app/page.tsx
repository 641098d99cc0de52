export default function HomePage() {
  return (
    <main>
      <h1>Clinic Handouts</h1>
    </main>
  );
}
