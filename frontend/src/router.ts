import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import ApiStatusView from './views/ApiStatusView.vue';
import TerminalView from './views/TerminalView.vue';
import NotFoundView from './views/NotFoundView.vue';

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'terminal', component: TerminalView },
  { path: '/status', name: 'api-status', component: ApiStatusView },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView },
];

/** Tests pass a memory history; the app uses the browser's. */
export function createAppRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
): Router {
  return createRouter({ history, routes });
}
