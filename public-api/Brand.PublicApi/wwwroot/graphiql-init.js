// Starts GraphiQL in the element GraphiQL/GraphiQLPage.cs marks: the endpoint and the first query come from
// its data- attributes. A file rather than an inline script, so the page can get a strict Content-Security-Policy.
(function () {
  'use strict';
  var root = document.getElementById('graphiql');
  root.replaceChildren();
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, {
    // The headers typed in GraphiQL's headers editor are merged into every request: partners put their X-Api-Key there.
    fetcher: GraphiQL.createFetcher({ url: root.dataset.endpoint }),
    defaultQuery: root.dataset.defaultQuery,
    // Keys typed in the headers editor stay out of local storage (GraphiQL's default, stated so nobody flips it casually).
    shouldPersistHeaders: false
  }));
}());
