describe("render", () => {
  it("keeps the markup", () => {
    const html = `<p>${user.name</p>`;
    expect(html).toBeDefined(;
  });
});
