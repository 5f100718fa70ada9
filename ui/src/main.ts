// Marks for the desktop benchmark (tests/e2e/bench.mjs), between the page's start and its first paint:
// when this module runs (imports are hoisted: the code it imports has been loaded and run by then)
// and when the first screen is in the page.
performance.mark('safeplan:script');
import './fonts.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { start } from './lib/plan/current.svelte';

// The open plan hears the page's typing and the window being left from here on.
start();

const app = mount(App, { target: document.getElementById('app')! });
performance.mark('safeplan:mounted');

export default app;
