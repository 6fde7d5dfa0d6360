// What browser mode shows when the page holds no launch token: how to get back in.
import './signedOutPage.css';

export function SignedOutPage({ problem }: { problem: string | null }) {
  return (
    <main className="signed-out" data-testid="signed-out">
      <h1>Open the notebook from its address</h1>
      {problem && (
        <p className="signed-out-problem" role="alert">
          {problem}
        </p>
      )}
      <p>This page answers only to the address the notebook printed when it started, so that no other program on this computer can read your library.</p>
      <ol>
        <li>
          Go to the terminal where you ran <code>npm start</code> (or <code>npm run cli -- serve</code>).
        </li>
        <li>
          Open the address it printed, the one that begins <code>http://127.0.0.1:</code> and ends with <code>#token=…</code>.
        </li>
        <li>If the notebook has stopped, start it again: it prints a new address each time.</li>
      </ol>
      <p className="signed-out-hint">Reloading keeps you in within the same tab; a new tab or window needs the address again.</p>
    </main>
  );
}
