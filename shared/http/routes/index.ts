// The one route table: method, path, handler, roles and what each handler may touch.
// The API Gateway stack and the local API adapter read all of it; each handler imports only its
// own area's file (shared/http/routes/<area>.ts), so its bundle carries only those schemas.
import type { RouteDef } from '../../http/route';
import { systemRoutes } from './system';
import { authRoutes } from './auth';
import { referenceRoutes } from './reference';
import { credentialsRoutes } from './credentials';
import { accountsRoutes } from './accounts';
import { adminRoutes } from './admin';
import { accountsAdminRoutes } from './accounts-admin';
import { complaintsRoutes } from './complaints';
import { reportsRoutes } from './reports';
import { awardsRoutes } from './awards';
import { registryRoutes } from './registry';

export const routes = {
  ...systemRoutes,
  ...authRoutes,
  ...referenceRoutes,
  ...credentialsRoutes,
  ...accountsRoutes,
  ...adminRoutes,
  ...accountsAdminRoutes,
  ...complaintsRoutes,
  ...reportsRoutes,
  ...awardsRoutes,
  ...registryRoutes,
};

export type RouteKey = keyof typeof routes;
export const routeList: RouteDef[] = Object.values(routes);
