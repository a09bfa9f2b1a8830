import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import ApiStatusView from './views/ApiStatusView.vue';
import NotFoundView from './views/NotFoundView.vue';

export const routes: RouteRecordRaw[] = [
  // The trading terminal will own `/`; until it exists the status page is the landing page.
  { path: '/', redirect: { name: 'api-status' } },
  { path: '/status', name: 'api-status', component: ApiStatusView },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView },
];

/** Tests pass a memory history; the app uses the browser's. */
export function createAppRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
): Router {
  return createRouter({ history, routes });
}
